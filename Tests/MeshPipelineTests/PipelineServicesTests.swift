import Foundation
import MeshContracts
import MeshCore
import MeshPipeline
import RedisClient
import RedisCoordination
import Testing

@Suite("PipelineServices factory", .enabled(if: TestEnvironment.withPython))
struct PipelineServicesTests {
    @Test func configurationFromEnvironment() throws {
        let configuration = try PipelineConfiguration.fromEnvironment([
            "MESH_POSTGRES_URL": "postgresql://p@127.0.0.1:1/db", "MESH_REDIS_URL": "redis://127.0.0.1:2",
            "MAX_QUEUE_DEPTH": "7", "MESH_SCRAPER_ALLOW_CIDRS": "127.0.0.0/8", "MESH_INFERENCE_URL": "http://127.0.0.1:9",
            "MESH_STUCK_JOB_MINUTES": "45",
        ])
        #expect(configuration.queues.maxDepth == 7)
        #expect(configuration.queues.visibilityTimeout == .seconds(30))
        #expect(configuration.queues.maxDeliveries == 5)
        #expect(configuration.scraper.allowCIDRs == "127.0.0.0/8")
        #expect(configuration.inference?.baseURL == "http://127.0.0.1:9")
        #expect(configuration.sweeper.threshold == .seconds(45 * 60))
        #expect(throws: RPCError.self) { try PipelineConfiguration.fromEnvironment(["MESH_REDIS_URL": "redis://x"]) }
        #expect(throws: RPCError.self) {
            try PipelineConfiguration.fromEnvironment(["MESH_POSTGRES_URL": "p", "MESH_REDIS_URL": "r", "MAX_QUEUE_DEPTH": "lots"])
        }
    }

    /// The wiring `mesh dev` uses: everything built by the factory, workers as Services, calls in process.
    @Test func factoryBuiltPipelineIngestsAndSearches() async throws {
        guard let redisURL = TestEnvironment.redisURL else { return }
        try await PythonServer.with("page_server.py") { server in
            try await TestDatabase.with { database in
                var configuration = PipelineConfiguration(postgresURL: database.url, redisURL: redisURL, postgresPoolSize: 4)
                configuration.queues.streamPrefix = "test:\(UUID().uuidString.prefix(12)):"
                configuration.scraper.allowCIDRs = "127.0.0.0/8"
                configuration.consumerName = TestEnvironment.unique("factory")
                let pipeline = try await PipelineServices.connect(configuration, logger: TestEnvironment.logger)
                let transport = InProcessTransport(services: try pipeline.makeRPCServices())
                let workers = try pipeline.makeWorkers(orchestrator: transport)
                #expect(workers.count == 3)
                let alice = TestEnvironment.options(caller: "alice")
                let orchestrator = PipelineV1.OrchestratorClient(transport: transport)
                let url = server.url("/article?words=1200")
                let job = try await withThrowingTaskGroup(of: PipelineV1.Job?.self) { group in
                    for worker in workers { group.addTask { try await worker.run(); return nil } }
                    defer { group.cancelAll() }
                    let submitted = try await orchestrator.submitJob(
                        PipelineV1.SubmitJobRequest(url: url, corpusName: "factory", jobID: "factory-job"), options: alice)
                    var current = try #require(submitted.job)
                    _ = try await eventually(within: .seconds(30)) {
                        current = try await orchestrator.getJob(PipelineV1.GetJobRequest(jobID: "factory-job"), options: alice)
                        return current.status == .done || current.status == .failed
                    }
                    return current
                }
                #expect(job.status == .done, "\(job)")
                let results = try await PipelineV1.SearchClient(transport: transport).search(
                    PipelineV1.SearchRequest(corpusName: "factory", query: "axolotl salamander", topK: 3), options: alice)
                #expect(results.results.first?.text.contains("axolotl") == true)
                #expect(results.results.first?.jobID == "factory-job")
                for stream in ["scrape", "chunk", "embed"] {
                    _ = try? await pipeline.redis.send(["DEL", .init(configuration.queues.streamPrefix + stream)])
                }
                await pipeline.shutdown()
            }
        }
    }
}
