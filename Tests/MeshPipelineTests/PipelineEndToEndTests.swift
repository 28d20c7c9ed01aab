import Foundation
import Logging
import MeshContracts
import MeshCore
import MeshPipeline
import RedisCoordination
import ServiceLifecycle
import Testing

@Suite("Pipeline end to end (PostgreSQL + Redis + fixture server)", .enabled(if: TestEnvironment.withPython))
struct PipelineEndToEndTests {
    static func workers(
        _ harness: PipelineHarness, embedder: any EmbeddingProvider, replacing: [PipelineStage: any StageHandler] = [:]
    ) throws -> [StageWorker] {
        let fetcher = try PageFetcher(settings: ScraperSettings(allowCIDRs: "127.0.0.0/8", totalTimeout: .seconds(10)))
        let documents = DocumentStore(pool: harness.database.pool)
        let chunks = ChunkStore(pool: harness.database.pool)
        let vectors = VectorStore(pool: harness.database.pool)
        let handlers: [any StageHandler] = [
            replacing[.scraping] ?? ScrapeStage(fetcher: fetcher, documents: documents, jobs: harness.jobs),
            replacing[.chunking] ?? ChunkStage(documents: documents, chunks: chunks),
            replacing[.embedding] ?? EmbedStage(chunks: chunks, vectors: vectors, embedder: embedder),
        ]
        return handlers.map { handler in
            StageWorker(
                handler: handler, queue: harness.queues.queue(for: handler.stage), orchestrator: harness.transport,
                settings: StageWorker.Settings(consumerName: TestEnvironment.unique("w"), pollBlock: .milliseconds(200)),
                logger: TestEnvironment.logger)
        }
    }

    /// Runs `workers` while `body` runs, then cancels them.
    static func running<T: Sendable>(_ workers: [StageWorker], _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            for worker in workers { group.addTask { try await worker.run(); return nil } }
            defer { group.cancelAll() }
            return try await body()
        }
    }

    static func waitForTerminal(_ harness: PipelineHarness, _ jobID: String, within limit: Duration) async throws -> JobRecord {
        var last: JobRecord?
        _ = try await eventually(within: limit) {
            last = try await harness.job(jobID)
            return last?.status.isTerminal == true
        }
        return try #require(last)
    }

    @Test func articleIsIngestedAndSearchable() async throws {
        try await PythonServer.with("page_server.py") { server in
            try await PipelineHarness.with { harness in
                let embedder = try LocalEmbeddingProvider()
                let corpus = TestEnvironment.unique("corpus")
                let url = server.url("/article?words=5000")
                let started = ContinuousClock.now
                let (job, forbidden) = try await Self.running(try Self.workers(harness, embedder: embedder)) {
                    let jobID = try #require(try await harness.submit(url: url, corpus: corpus, caller: "alice").job?.jobID)
                    let forbiddenID = try #require(
                        try await harness.submit(url: server.url("/status/403"), corpus: corpus, caller: "alice").job?.jobID)
                    return (try await Self.waitForTerminal(harness, jobID, within: .seconds(30)),
                            try await Self.waitForTerminal(harness, forbiddenID, within: .seconds(30)))
                }
                let elapsed = ContinuousClock.now - started
                #expect(job.status == .done, "\(job)")
                #expect(job.chunkCount > 5)
                #expect(elapsed < .seconds(30))
                #expect(forbidden.status == .failed)
                #expect(forbidden.failure?.stage == .scraping)
                #expect(forbidden.failure?.code == "http_403")

                let search = PipelineV1.SearchClient(transport: InProcessTransport(services: [
                    SearchServiceImpl(vectors: VectorStore(pool: harness.database.pool), embedder: embedder),
                ]))
                let results = try await search.search(
                    PipelineV1.SearchRequest(corpusName: corpus, query: "salamander that regenerates limbs in Xochimilco")).results
                let best = try #require(results.first)
                #expect(best.text.contains("axolotl"))
                #expect(best.sourceURL == url)
                #expect(best.jobID == job.jobID)
                #expect(try await harness.queues.scrape.depth() == 0)
                #expect(try await harness.queues.embed.depth() == 0)
            }
        }
    }

    @Test func inferenceDownFailsTheJobAtEmbedding() async throws {
        try await PythonServer.with("page_server.py") { server in
            try await MockInference.with { mock in
                try await PipelineHarness.with { harness in
                    try await mock.control(fail: 1000)
                    let embedder = try EmbedderTests.client(mock)
                    let job = try await Self.running(try Self.workers(harness, embedder: embedder)) {
                        let jobID = try #require(
                            try await harness.submit(url: server.url("/article?words=300"), corpus: "c", caller: "a").job?.jobID)
                        return try await Self.waitForTerminal(harness, jobID, within: .seconds(30))
                    }
                    #expect(job.status == .failed)
                    #expect(job.failure?.stage == .embedding)
                    #expect(job.failure?.code == "inference_unavailable")
                    #expect(try await mock.stats().requests == 5)
                }
            }
        }
    }

    /// A stage that never completes: its task is re-delivered until dead-lettered, and the job fails.
    struct CrashingStage: StageHandler {
        var stage: PipelineStage { .chunking }
        func process(_ task: PipelineV1.StageTask, logger: Logger) async throws -> StageOutput {
            throw TestFailure("simulated crash")
        }
    }

    @Test func deadLetteredTaskFailsTheJobWithMaxDeliveries() async throws {
        try await PythonServer.with("page_server.py") { server in
            try await PipelineHarness.with(visibilityTimeout: .milliseconds(200), maxDeliveries: 2) { harness in
                let workers = try Self.workers(harness, embedder: try LocalEmbeddingProvider(), replacing: [.chunking: CrashingStage()])
                let job = try await Self.running(workers) {
                    let jobID = try #require(
                        try await harness.submit(url: server.url("/article?words=100"), corpus: "c", caller: "a").job?.jobID)
                    return try await Self.waitForTerminal(harness, jobID, within: .seconds(20))
                }
                #expect(job.status == .failed)
                #expect(job.failure?.stage == .chunking)
                #expect(job.failure?.code == StageWorker.maxDeliveriesCode)
                #expect(try await harness.queues.chunk.deadLetterDepth() == 1)
            }
        }
    }

    /// Takes a while, so a graceful shutdown arrives while it is in hand.
    struct SlowChunkStage: StageHandler {
        let inner: ChunkStage
        let started: AsyncStream<Void>.Continuation
        var stage: PipelineStage { .chunking }
        func process(_ task: PipelineV1.StageTask, logger: Logger) async throws -> StageOutput {
            started.yield()
            try await Task.sleep(for: .milliseconds(700))
            return try await inner.process(task, logger: logger)
        }
    }

    @Test func gracefulShutdownFinishesTheTaskInHand() async throws {
        try await PipelineHarness.with { harness in
            let job = try #require(try await harness.submit(url: "https://example.com/g", corpus: "c", caller: "a").job)
            try await DocumentStore(pool: harness.database.pool).save(
                jobID: job.jobID,
                page: FetchedPage(url: job.url, statusCode: 200, contentType: "text/plain", text: "one two three.", bytes: 14))
            _ = try await harness.complete(job.jobID, .scraping)
            let (started, startedSink) = AsyncStream.makeStream(of: Void.self)
            let handler = SlowChunkStage(
                inner: ChunkStage(documents: DocumentStore(pool: harness.database.pool), chunks: ChunkStore(pool: harness.database.pool)),
                started: startedSink)
            let worker = StageWorker(
                handler: handler, queue: harness.queues.chunk, orchestrator: harness.transport,
                settings: StageWorker.Settings(consumerName: TestEnvironment.unique("g"), pollBlock: .milliseconds(200)),
                logger: TestEnvironment.logger)
            let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [worker], logger: TestEnvironment.logger))
            try await withTimeLimit(.seconds(15)) {
                try await withThrowingTaskGroup(of: Void.self) { tasks in
                    tasks.addTask { try await group.run() }
                    var iterator = started.makeAsyncIterator()
                    _ = await iterator.next()
                    await group.triggerGracefulShutdown()
                    try await tasks.waitForAll()
                }
            }
            let after = try #require(try await harness.job(job.jobID))
            #expect(after.status == .embedding)
            #expect(after.chunkCount == 1)
            #expect(try await harness.queues.chunk.depth() == 0, "acked before the worker stopped")
            #expect(try await harness.queues.embed.depth() == 1)
        }
    }
}
