import Foundation
import Logging
import MeshContracts
import MeshCore
import MeshPipeline
import RedisClient
import RedisCoordination

/// Everything one integration test needs, wired in process: a private schema, queues under a
/// private stream prefix, the orchestrator behind an `InProcessTransport`.
struct PipelineHarness: Sendable {
    let database: TestDatabase
    let redis: RedisPool
    let queues: StageQueues
    let queueSettings: StageQueues.Settings
    let jobs: JobStore
    let orchestrator: OrchestratorServiceImpl
    let transport: InProcessTransport
    var client: PipelineV1.OrchestratorClient { PipelineV1.OrchestratorClient(transport: transport) }
    var logger: Logger { TestEnvironment.logger }

    static func with<T>(
        maxDepth: Int = 1000, visibilityTimeout: Duration = .seconds(30), maxDeliveries: Int = 5,
        now: @escaping @Sendable () -> Date = { Date() }, redisPoolSize: Int = 8,
        extraServices: @escaping @Sendable (TestDatabase) throws -> [any RPCService] = { _ in [] },
        _ body: (PipelineHarness) async throws -> T
    ) async throws -> T {
        guard let redisURL = TestEnvironment.redisURL else { throw TestFailure("MESH_TEST_REDIS_URL is not set") }
        return try await TestDatabase.with { database in
            var configuration = try RedisConfiguration(url: redisURL)
            configuration.poolSize = redisPoolSize
            let redis = RedisPool(configuration: configuration)
            let settings = StageQueues.Settings(
                streamPrefix: "test:\(UUID().uuidString.prefix(12)):", maxDepth: maxDepth,
                visibilityTimeout: visibilityTimeout, maxDeliveries: maxDeliveries)
            let queues = StageQueues(pool: redis, settings: settings)
            let jobs = JobStore(pool: database.pool, now: now)
            let orchestrator = OrchestratorServiceImpl(
                store: jobs, queues: queues,
                watcher: JobWatcher(store: jobs, postgresURL: database.url, pollInterval: .seconds(2)),
                logger: TestEnvironment.logger)
            let transport = InProcessTransport(services: [orchestrator] + (try extraServices(database)))
            let harness = PipelineHarness(
                database: database, redis: redis, queues: queues, queueSettings: settings, jobs: jobs,
                orchestrator: orchestrator, transport: transport)
            func cleanUp() async {
                let streams = ["scrape", "chunk", "embed"].flatMap { [settings.streamPrefix + $0, settings.streamPrefix + $0 + ":dlq"] }
                _ = try? await redis.send(["DEL"] + streams.map { RedisArgument($0) })
                await redis.shutdown()
            }
            do {
                let result = try await body(harness)
                await cleanUp()
                return result
            } catch {
                await cleanUp()
                throw error
            }
        }
    }

    /// Submits a job as `caller`.
    func submit(url: String, corpus: String, jobID: String = "", caller: String) async throws -> PipelineV1.SubmitJobResponse {
        try await client.submitJob(
            PipelineV1.SubmitJobRequest(url: url, corpusName: corpus, jobID: jobID),
            options: TestEnvironment.options(caller: caller))
    }

    /// Reports a stage outcome as a worker would.
    func complete(
        _ jobID: String, _ stage: PipelineV1.Stage, _ outcome: PipelineV1.StageOutcome = .success, code: String = "",
        chunkCount: Int32 = 0
    ) async throws -> PipelineV1.CompleteStageResponse {
        try await client.completeStage(
            PipelineV1.CompleteStageRequest(
                jobID: jobID, stage: stage, status: outcome, errorCode: code, errorMessage: code.isEmpty ? "" : "failed: \(code)",
                chunkCount: chunkCount),
            options: TestEnvironment.options(caller: "worker", role: "service"))
    }

    func job(_ jobID: String) async throws -> JobRecord? {
        try await jobs.find(jobID: jobID)
    }
}
