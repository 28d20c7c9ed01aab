import Foundation
import Logging
import MeshContracts
import MeshCore
import RedisCoordination

/// The orchestrator (`mesh.pipeline.v1.Orchestrator`): creates jobs, runs the state machine on stage
/// callbacks, enqueues each stage's task, and serves the caller-scoped reads and the event stream.
///
/// Submission: the job is inserted `pending`, then its scrape task is enqueued. If the queue refuses
/// (full: RESOURCE_EXHAUSTED `queue_full`; Redis out of memory or down: UNAVAILABLE) the row is
/// deleted again, so nothing is left pending forever and the same `job_id` may be submitted later.
///
/// Callbacks: the transition commits first (row lock, state machine, `pg_notify`), then the next
/// stage's task is enqueued (a few quick retries). If Redis still refuses, the job stays in its new
/// stage with no task; the stuck-job sweeper re-enqueues it once `updated_at` is older than its
/// threshold.
public struct OrchestratorServiceImpl: PipelineV1.OrchestratorService {
    let store: JobStore
    let queues: StageQueues
    let watcher: JobWatcher
    let logger: Logger

    public init(store: JobStore, queues: StageQueues, watcher: JobWatcher, logger: Logger) {
        self.store = store
        self.queues = queues
        self.watcher = watcher
        self.logger = logger
    }

    public func submitJob(_ request: PipelineV1.SubmitJobRequest, context: ServerContext) async throws
        -> PipelineV1.SubmitJobResponse
    {
        let callerID = try Self.callerID(context)
        let url = try InputValidation.url(request.url)
        let corpusName = try InputValidation.corpusName(request.corpusName)
        let jobID = request.jobID.isEmpty ? UUID().uuidString.lowercased() : try InputValidation.jobID(request.jobID)
        let requestHash = SHA256.hexDigest("\(callerID)\u{0}\(url)\u{0}\(corpusName)")
        let newJob = JobStore.NewJob(
            jobID: jobID, url: url, corpusName: corpusName, callerID: callerID, requestHash: requestHash,
            // A W3C traceparent is 55 characters; anything much longer is not one and is not stored.
            traceparent: context.metadata[MetadataKey.traceparent].flatMap { $0.utf8.count <= 128 ? $0 : nil } ?? "")

        let inserted: (job: JobRecord, created: Bool)
        do {
            inserted = try await store.insert(newJob)
        } catch {
            throw PipelineErrors.storage(error)
        }
        guard inserted.created else {
            guard ConstantTime.equals(inserted.job.requestHash, requestHash) else {
                throw RPCError(
                    code: .alreadyExists, message: "job \(jobID) exists with a different body", reason: "job_id_conflict")
            }
            return PipelineV1.SubmitJobResponse(job: inserted.job.proto, created: false)
        }
        do {
            try await queues.enqueue(.scraping, for: inserted.job)
        } catch {
            do {
                try await store.deleteUnstarted(jobID: jobID)
            } catch let deleteError {
                logger.error(
                    "could not remove a job whose task was refused", metadata: ["job_id": "\(jobID)", "error": "\(deleteError)"])
            }
            throw Self.rpcError(enqueueFailure: error)
        }
        logger.info(
            "job submitted", metadata: ["job_id": "\(jobID)", "corpus_name": "\(corpusName)", "caller_id": "\(callerID)"])
        return PipelineV1.SubmitJobResponse(job: inserted.job.proto, created: true)
    }

    public func getJob(_ request: PipelineV1.GetJobRequest, context: ServerContext) async throws -> PipelineV1.Job {
        try await ownedJob(request.jobID, context: context).proto
    }

    public func listJobs(_ request: PipelineV1.ListJobsRequest, context: ServerContext) async throws
        -> PipelineV1.ListJobsResponse
    {
        let callerID = try Self.callerID(context)
        let limit = request.limit == 0 ? 50 : Int(request.limit)
        guard (1...100).contains(limit) else {
            throw PipelineErrors.invalidArgument("invalid_limit", "limit must be between 1 and 100")
        }
        var status: JobStatus?
        if request.status != .unspecified {
            guard let wanted = JobStatus(proto: request.status) else {
                throw PipelineErrors.invalidArgument("invalid_status", "unknown job status")
            }
            status = wanted
        }
        let cursor = request.cursor.isEmpty ? nil : try JobCursor(token: request.cursor)
        let page: [JobRecord]
        do {
            page = try await store.list(callerID: callerID, status: status, limit: limit + 1, after: cursor)
        } catch {
            throw PipelineErrors.storage(error)
        }
        let jobs = page.prefix(limit)
        let next = page.count > limit ? jobs.last.map { JobCursor(after: $0).token } ?? "" : ""
        return PipelineV1.ListJobsResponse(jobs: jobs.map(\.proto), nextCursor: next)
    }

    public func watchJob(
        _ request: PipelineV1.WatchJobRequest, writer: ServerStreamWriter<PipelineV1.JobEvent>, context: ServerContext
    ) async throws {
        let callerID = try Self.callerID(context)
        try await watcher.watch(jobID: request.jobID, callerID: callerID) { job in
            try await writer.write(PipelineV1.JobEvent(job: job.job))
        }
    }

    public func completeStage(_ request: PipelineV1.CompleteStageRequest, context: ServerContext) async throws
        -> PipelineV1.CompleteStageResponse
    {
        guard !request.jobID.isEmpty else { throw PipelineErrors.invalidArgument("missing_job_id", "job_id is required") }
        guard let stage = PipelineStage(proto: request.stage) else {
            throw PipelineErrors.invalidArgument("invalid_stage", "stage must be scraping, chunking or embedding")
        }
        let event: JobStateMachine.Event
        switch request.status {
        case .success:
            event = .succeeded(stage, chunkCount: stage == .chunking ? Int(request.chunkCount) : nil)
        case .failed:
            event = .failed(stage, code: request.errorCode, message: request.errorMessage, at: store.now())
        case .unspecified, .unrecognized:
            throw PipelineErrors.invalidArgument("invalid_status", "status must be success or failed")
        }
        let transition: JobStore.Transition?
        do {
            transition = try await store.apply(event, to: request.jobID)
        } catch {
            throw PipelineErrors.storage(error)
        }
        guard let transition else { throw PipelineErrors.notFound("job_not_found", "no such job") }
        var metadata: Logger.Metadata = ["job_id": "\(request.jobID)", "stage": "\(stage)"]
        switch transition.outcome {
        case .alreadyAdvanced:
            logger.debug("stage callback already applied", metadata: metadata)
            return PipelineV1.CompleteStageResponse(status: .alreadyAdvanced, job: transition.job.proto)
        case .advanced(let next):
            metadata["status"] = "\(transition.job.status)"
            if let failure = transition.job.failure {
                metadata["failed_stage"] = "\(failure.stage)"
                metadata["error_code"] = "\(failure.code)"
                logger.warning("job failed", metadata: metadata)
            } else {
                logger.info("job advanced", metadata: metadata)
            }
            if let next { await enqueueAfterCommit(next, for: transition.job) }
            return PipelineV1.CompleteStageResponse(status: .advanced, job: transition.job.proto)
        }
    }

    // MARK: - Helpers

    /// The caller's job, or NOT_FOUND for an unknown job and for another caller's (never revealing which).
    private func ownedJob(_ jobID: String, context: ServerContext) async throws -> JobRecord {
        let callerID = try Self.callerID(context)
        let job: JobRecord?
        do {
            job = try await store.find(jobID: jobID)
        } catch {
            throw PipelineErrors.storage(error)
        }
        guard let job, job.callerID == callerID else { throw PipelineErrors.notFound("job_not_found", "no such job") }
        return job
    }

    private func enqueueAfterCommit(_ stage: PipelineStage, for job: JobRecord) async {
        for attempt in 1...3 {
            do {
                try await queues.enqueue(stage, for: job)
                return
            } catch {
                logger.warning(
                    "could not enqueue the next stage",
                    metadata: ["job_id": "\(job.jobID)", "stage": "\(stage)", "attempt": "\(attempt)",
                               "error_code": "\(error.reason)"])
                if attempt < 3 { try? await Task.sleep(for: .milliseconds(50 * attempt)) }
            }
        }
        logger.error(
            "next stage not enqueued; the stuck-job sweeper will retry",
            metadata: ["job_id": "\(job.jobID)", "stage": "\(stage)"])
    }

    static func callerID(_ context: ServerContext) throws -> String {
        guard let caller = context.caller, !caller.callerID.isEmpty else {
            throw PipelineErrors.unauthenticated("missing_caller", "the call carries no caller identity")
        }
        return caller.callerID
    }

    static func rpcError(enqueueFailure error: any Error) -> RPCError {
        guard let error = error as? WorkQueueError else { return RPCError(mapping: error) }
        switch error.code {
        case .queueFull:
            return PipelineErrors.resourceExhausted("queue_full", "the work queue is full; retry later")
        case .outOfMemory:
            return PipelineErrors.unavailable(
                "redis_out_of_memory", "the work queue refused the task: Redis is out of memory", cause: error)
        default:
            return PipelineErrors.unavailable("queue_unavailable", "the work queue is unavailable", cause: error)
        }
    }
}
