import Foundation
import Logging
import MeshContracts
import MeshCore
import PostgresClient
import RedisClient
import RedisCoordination
import ServiceLifecycle

/// Builds the pipeline's RPC services and long-running `Service`s from one configuration, over
/// shared connection pools. `connect` runs the migrations (advisory-locked, so every process may
/// do it) and checks Redis's memory policy; each `make…` builds one service, so a process serving
/// only the orchestrator does not start a fetcher or an embedder.
///
/// Typical use (`mesh dev`): `let pipeline = try await PipelineServices.connect(configuration, logger:)`,
/// register `pipeline.makeRPCServices()` on the server, run `pipeline.makeWorkers(orchestrator:)` and
/// `pipeline.makeSweeper()` in the `ServiceGroup`, and call `shutdown()` after the group ends.
public final class PipelineServices: Sendable {
    public let configuration: PipelineConfiguration
    public let postgres: PostgresPool
    public let redis: RedisPool
    public let queues: StageQueues
    public let jobs: JobStore
    public let membershipStore: MembershipStore
    public let documents: DocumentStore
    public let chunks: ChunkStore
    public let vectors: VectorStore
    let logger: Logger

    private init(configuration: PipelineConfiguration, postgres: PostgresPool, redis: RedisPool, logger: Logger) {
        self.configuration = configuration
        self.postgres = postgres
        self.redis = redis
        self.logger = logger
        queues = StageQueues(pool: redis, settings: configuration.queues)
        jobs = JobStore(pool: postgres)
        membershipStore = MembershipStore(pool: postgres)
        documents = DocumentStore(pool: postgres)
        chunks = ChunkStore(pool: postgres)
        vectors = VectorStore(pool: postgres)
    }

    /// Opens the pools, applies the migrations, and checks Redis (a policy other than `noeviction`
    /// is logged loudly at `critical`; queued tasks could be evicted silently).
    public static func connect(_ configuration: PipelineConfiguration, logger: Logger) async throws -> PipelineServices {
        let postgres = PostgresPool(
            configuration: PostgresPoolConfiguration(url: configuration.postgresURL, size: configuration.postgresPoolSize))
        var redisConfiguration = try RedisConfiguration(url: configuration.redisURL)
        redisConfiguration.poolSize = configuration.redisPoolSize + 3 * configuration.workerConcurrency
        let redis = RedisPool(configuration: redisConfiguration)
        do {
            try await PipelineMigrations.apply(to: postgres)
            let report = try await RedisMemoryPolicy.check(redis)
            if let warning = report.warning { logger.critical("redis memory policy", metadata: ["warning": "\(warning)"]) }
        } catch {
            await postgres.shutdown()
            await redis.shutdown()
            throw error
        }
        return PipelineServices(configuration: configuration, postgres: postgres, redis: redis, logger: logger)
    }

    public func makeMembership() -> MembershipServiceImpl {
        MembershipServiceImpl(store: membershipStore, logger: logger(for: "membership"))
    }

    public func makeOrchestrator() -> OrchestratorServiceImpl {
        OrchestratorServiceImpl(
            store: jobs, queues: queues,
            watcher: JobWatcher(
                store: jobs, postgresURL: configuration.postgresURL, pollInterval: configuration.watchPollInterval),
            logger: logger(for: "orchestrator"))
    }

    public func makeScraper() throws -> ScraperServiceImpl {
        ScraperServiceImpl(fetcher: try PageFetcher(settings: configuration.scraper), logger: logger(for: "scraper"))
    }

    public func makeChunker() -> ChunkerServiceImpl {
        ChunkerServiceImpl()
    }

    public func makeEmbedder() throws -> EmbedderServiceImpl {
        EmbedderServiceImpl(embedder: try makeEmbeddingProvider(), vectors: vectors)
    }

    public func makeSearch() throws -> SearchServiceImpl {
        SearchServiceImpl(vectors: vectors, embedder: try makeEmbeddingProvider())
    }

    /// Every RPC service, for a process that serves them all (`mesh dev`).
    public func makeRPCServices() throws -> [any RPCService] {
        [makeMembership(), makeOrchestrator(), try makeScraper(), makeChunker(), try makeEmbedder(), try makeSearch()]
    }

    /// The embedder in use: the inference server when configured, else the local one.
    public func makeEmbeddingProvider() throws -> any EmbeddingProvider {
        if let inference = configuration.inference {
            return try InferenceEmbeddingClient(settings: inference, logger: logger(for: "embedder"))
        }
        return try LocalEmbeddingProvider(dimensions: configuration.localEmbeddingDimensions)
    }

    /// The queue workers of `stages`, reporting to the orchestrator over `orchestrator`.
    public func makeWorkers(
        orchestrator: any ClientTransport, stages: [PipelineStage] = PipelineStage.allCases
    ) throws -> [StageWorker] {
        let settings = StageWorker.Settings(
            consumerName: configuration.consumerName, concurrency: configuration.workerConcurrency)
        return try stages.map { stage in
            let handler: any StageHandler =
                switch stage {
                case .scraping:
                    ScrapeStage(fetcher: try PageFetcher(settings: configuration.scraper), documents: documents, jobs: jobs)
                case .chunking:
                    ChunkStage(documents: documents, chunks: chunks)
                case .embedding:
                    EmbedStage(chunks: chunks, vectors: vectors, embedder: try makeEmbeddingProvider())
                }
            return StageWorker(
                handler: handler, queue: queues.queue(for: stage), orchestrator: orchestrator, settings: settings,
                logger: logger(for: "\(stage)-worker"))
        }
    }

    /// Queue depths, jobs by status and stuck jobs as gauges (run it in one process: the orchestrator's).
    public func makeMetricsReporter(settings: PipelineMetricsReporter.Settings = PipelineMetricsReporter.Settings()) -> PipelineMetricsReporter {
        var settings = settings
        settings.stuckAfter = configuration.sweeper.threshold
        return PipelineMetricsReporter(postgres: postgres, queues: queues, settings: settings, logger: logger(for: "metrics"))
    }

    public func makeSweeper() -> StuckJobSweeper {
        StuckJobSweeper(store: jobs, queues: queues, settings: configuration.sweeper, logger: logger(for: "sweeper"))
    }

    /// Closes the pools; call after every service built here has stopped.
    public func shutdown() async {
        await postgres.shutdown()
        await redis.shutdown()
    }

    private func logger(for component: String) -> Logger {
        var logger = self.logger
        logger[metadataKey: "service"] = "\(component)"
        return logger
    }
}
