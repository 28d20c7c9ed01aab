import MeshContracts
import MeshCore
import Synchronization

// In-process stand-ins for the services behind the gateway. The gateway is tested against the real
// services by the lead's integration suite; here each fake records what reached it (metadata, call
// counts) and fails on demand, so every HTTP mapping can be driven.

/// Membership: API keys → callers; can be switched "down" (UNAVAILABLE) and counts calls.
final class FakeMembership: PipelineV1.MembershipService, Sendable {
    private struct State {
        var keys: [String: PipelineV1.CallerContext] = [:]
        var down = false
        var calls = 0
        var lastMetadata = Metadata()
    }

    private let state = Mutex(State())

    func add(key: String, callerID: String, role: MeshV1.CallerRole) {
        state.withLock { $0.keys[key] = PipelineV1.CallerContext(callerID: callerID, role: role, keyID: key) }
    }

    func revoke(key: String) { _ = state.withLock { $0.keys.removeValue(forKey: key) } }
    func setDown(_ down: Bool) { state.withLock { $0.down = down } }
    var calls: Int { state.withLock { $0.calls } }
    var lastMetadata: Metadata { state.withLock { $0.lastMetadata } }

    func validateKey(_ request: PipelineV1.ValidateKeyRequest, context: ServerContext) async throws
        -> PipelineV1.ValidateKeyResponse
    {
        let (down, caller) = state.withLock { state in
            state.calls += 1
            state.lastMetadata = context.metadata
            return (state.down, state.keys[request.apiKey])
        }
        if down { throw RPCError(code: .unavailable, message: "membership is down") }
        guard let caller else { throw RPCError(code: .unauthenticated, message: "unknown key") }
        return PipelineV1.ValidateKeyResponse(caller: caller)
    }

    func createKey(_ request: PipelineV1.CreateKeyRequest, context: ServerContext) async throws
        -> PipelineV1.CreateKeyResponse
    { throw RPCError(code: .unimplemented, message: "not in the fake") }

    func listKeys(_ request: PipelineV1.ListKeysRequest, context: ServerContext) async throws
        -> PipelineV1.ListKeysResponse
    { throw RPCError(code: .unimplemented, message: "not in the fake") }

    func revokeKey(_ request: PipelineV1.RevokeKeyRequest, context: ServerContext) async throws
        -> PipelineV1.RevokeKeyResponse
    { throw RPCError(code: .unimplemented, message: "not in the fake") }
}

/// Orchestrator: jobs in memory, owner-scoped, with the submit/idempotency rules of the contract.
final class FakeOrchestrator: PipelineV1.OrchestratorService, Sendable {
    private struct State {
        var jobs: [String: PipelineV1.Job] = [:]
        var order: [String] = []
        var nextID = 1
        var lastMetadata = Metadata()
        var submitFailure: RPCError?
        var watchCancelled = false
        var watchEvents: [PipelineV1.JobStatus] = [.pending, .scraping, .chunking, .embedding, .done]
        var watchGap: Duration = .zero
        var watchHoldsOpen = false
    }

    private let state = Mutex(State())

    var lastMetadata: Metadata { state.withLock { $0.lastMetadata } }
    var watchCancelled: Bool { state.withLock { $0.watchCancelled } }
    func failSubmissions(with error: RPCError?) { state.withLock { $0.submitFailure = error } }
    /// The statuses WatchJob sends, the pause before each, and whether it stays open after the last.
    func scriptWatch(_ statuses: [PipelineV1.JobStatus], gap: Duration, holdOpen: Bool = false) {
        state.withLock {
            $0.watchEvents = statuses
            $0.watchGap = gap
            $0.watchHoldsOpen = holdOpen
        }
    }

    func submitJob(_ request: PipelineV1.SubmitJobRequest, context: ServerContext) async throws
        -> PipelineV1.SubmitJobResponse
    {
        let caller = context.caller?.callerID ?? ""
        return try state.withLock { state throws(RPCError) in
            state.lastMetadata = context.metadata
            if let failure = state.submitFailure { throw failure }
            guard !request.url.isEmpty, request.url.hasPrefix("http") else {
                throw RPCError(code: .invalidArgument, message: "url must be an http(s) URL", reason: "invalid_url")
            }
            guard !request.corpusName.isEmpty else {
                throw RPCError(code: .invalidArgument, message: "corpus_name is required", reason: "invalid_corpus_name")
            }
            if !request.jobID.isEmpty, let existing = state.jobs[request.jobID] {
                guard existing.url == request.url, existing.corpusName == request.corpusName else {
                    throw RPCError(
                        code: .alreadyExists, message: "job_id exists with another body", reason: "job_id_conflict")
                }
                return PipelineV1.SubmitJobResponse(job: existing, created: false)
            }
            let id = request.jobID.isEmpty ? "job-\(state.nextID)" : request.jobID
            state.nextID += 1
            let job = PipelineV1.Job(
                jobID: id, url: request.url, corpusName: request.corpusName, status: .pending, callerID: caller,
                createdAt: "2026-03-01T00:00:00Z", updatedAt: "2026-03-01T00:00:00Z")
            state.jobs[id] = job
            state.order.append(id)
            return PipelineV1.SubmitJobResponse(job: job, created: true)
        }
    }

    func getJob(_ request: PipelineV1.GetJobRequest, context: ServerContext) async throws -> PipelineV1.Job {
        let caller = context.caller?.callerID
        return try state.withLock { state throws(RPCError) in
            state.lastMetadata = context.metadata
            guard let job = state.jobs[request.jobID], job.callerID == caller else {
                throw RPCError(code: .notFound, message: "no such job", reason: "job_not_found")
            }
            return job
        }
    }

    func listJobs(_ request: PipelineV1.ListJobsRequest, context: ServerContext) async throws
        -> PipelineV1.ListJobsResponse
    {
        let caller = context.caller?.callerID
        return state.withLock { state in
            let mine = state.order.reversed().compactMap { state.jobs[$0] }.filter { $0.callerID == caller }
            let limit = request.limit > 0 ? Int(request.limit) : 50
            let start = Int(request.cursor) ?? 0
            let page = Array(mine.dropFirst(start).prefix(limit))
            let next = start + page.count < mine.count ? String(start + page.count) : ""
            return PipelineV1.ListJobsResponse(jobs: page, nextCursor: next)
        }
    }

    func watchJob(
        _ request: PipelineV1.WatchJobRequest, writer: ServerStreamWriter<PipelineV1.JobEvent>, context: ServerContext
    ) async throws {
        let caller = context.caller?.callerID
        let (job, script, gap, holdOpen) = try state.withLock { state throws(RPCError) in
            guard let job = state.jobs[request.jobID], job.callerID == caller else {
                throw RPCError(code: .notFound, message: "no such job", reason: "job_not_found")
            }
            return (job, state.watchEvents, state.watchGap, state.watchHoldsOpen)
        }
        do {
            for status in script {
                if gap > .zero { try await Task.sleep(for: gap) }
                var next = job
                next.status = status
                try await writer.write(PipelineV1.JobEvent(job: next))
            }
            if holdOpen { try await Task.sleep(for: .seconds(60)) }
        } catch {
            if Task.isCancelled { state.withLock { $0.watchCancelled = true } }
            throw error
        }
    }

    func completeStage(_ request: PipelineV1.CompleteStageRequest, context: ServerContext) async throws
        -> PipelineV1.CompleteStageResponse
    {
        try state.withLock { state throws(RPCError) in
            state.lastMetadata = context.metadata
            guard var job = state.jobs[request.jobID] else {
                throw RPCError(code: .notFound, message: "no such job", reason: "job_not_found")
            }
            guard job.status == .pending || job.status == .scraping else {
                return PipelineV1.CompleteStageResponse(status: .alreadyAdvanced, job: job)
            }
            job.status = .chunking
            state.jobs[request.jobID] = job
            return PipelineV1.CompleteStageResponse(status: .advanced, job: job)
        }
    }
}

/// Scraper: answers at once, or after `delay`, or fails with a fixed error.
final class FakeScraper: PipelineV1.ScraperService, Sendable {
    private let behaviour = Mutex<(delay: Duration, failure: (any Error)?)>((.zero, nil))

    func configure(delay: Duration = .zero, failure: (any Error)? = nil) {
        behaviour.withLock { $0 = (delay, failure) }
    }

    func scrape(_ request: PipelineV1.ScrapeRequest, context: ServerContext) async throws -> PipelineV1.ScrapeResponse {
        let (delay, failure) = behaviour.withLock { $0 }
        if delay > .zero { try await Task.sleep(for: delay) }
        if let failure { throw failure }
        return PipelineV1.ScrapeResponse(
            url: request.url, statusCode: 200, contentType: "text/html", content: "hello", bytes: 5)
    }
}

/// Chunker: one chunk per word; content over 1,000 words is `too_large`.
struct FakeChunker: PipelineV1.ChunkerService {
    func chunk(_ request: PipelineV1.ChunkRequest, context: ServerContext) async throws -> PipelineV1.ChunkResponse {
        let words = request.content.split(separator: " ")
        if words.count > 1_000 {
            throw RPCError(code: .resourceExhausted, message: "content too large", reason: "too_large")
        }
        return PipelineV1.ChunkResponse(
            chunks: words.enumerated().map { PipelineV1.Chunk(ordinal: Int32($0.offset), text: String($0.element), tokenCount: 1) })
    }
}

struct FakeEmbedder: PipelineV1.EmbedderService {
    func embed(_ request: PipelineV1.EmbedRequest, context: ServerContext) async throws -> PipelineV1.EmbedResponse {
        PipelineV1.EmbedResponse(upserted: Int32(request.chunks.count))
    }
}

struct FakeSearch: PipelineV1.SearchService {
    func search(_ request: PipelineV1.SearchRequest, context: ServerContext) async throws -> PipelineV1.SearchResponse {
        guard !request.corpusName.isEmpty, !request.query.isEmpty else {
            throw RPCError(code: .invalidArgument, message: "corpus_name and query are required")
        }
        if request.query == "explode" {
            struct DatabaseFailure: Error { let detail = "SELECT secret_column FROM internal_table" }
            throw DatabaseFailure()
        }
        return PipelineV1.SearchResponse(results: [
            PipelineV1.SearchResult(chunkID: "c1", text: "best", score: 0.9, sourceURL: "https://a.example", jobID: "j1"),
            PipelineV1.SearchResult(chunkID: "c2", text: "next", score: 0.5, sourceURL: "https://a.example", jobID: "j1"),
        ])
    }
}

/// `mesh.v1.Health` of one fake server: everything SERVING unless told otherwise.
final class FakeHealth: MeshV1.HealthService, Sendable {
    private let notServing = Mutex<Set<String>>([])

    func setServing(_ serving: Bool, service: String) {
        notServing.withLock { if serving { $0.remove(service) } else { $0.insert(service) } }
    }

    func check(_ request: MeshV1.HealthCheckRequest, context: ServerContext) async throws -> MeshV1.HealthCheckResponse {
        MeshV1.HealthCheckResponse(status: notServing.withLock { $0.contains(request.service) } ? .notServing : .serving)
    }

    func watch(
        _ request: MeshV1.HealthCheckRequest, writer: ServerStreamWriter<MeshV1.HealthCheckResponse>, context: ServerContext
    ) async throws {
        throw RPCError(code: .unimplemented, message: "not in the fake")
    }
}
