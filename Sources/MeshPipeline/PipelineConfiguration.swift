import Foundation
import MeshCore

/// Everything the pipeline's services need to start, read by `mesh serve`/`mesh dev` from flags or
/// the environment (`fromEnvironment`).
public struct PipelineConfiguration: Sendable {
    public var postgresURL: String
    public var redisURL: String
    public var postgresPoolSize: Int
    /// Connections for commands; each worker consumer adds one for its blocking reads.
    public var redisPoolSize: Int
    public var queues: StageQueues.Settings
    public var scraper: ScraperSettings
    /// When set, embeddings come from this OpenAI-compatible server instead of the local embedder.
    public var inference: InferenceSettings?
    public var localEmbeddingDimensions: Int
    public var sweeper: StuckJobSweeper.Settings
    /// How often `WatchJob` re-reads the job in case a notification was lost.
    public var watchPollInterval: Duration
    public var workerConcurrency: Int
    /// Unique per process; names this process's queue consumers.
    public var consumerName: String

    public init(
        postgresURL: String, redisURL: String, postgresPoolSize: Int = 8, redisPoolSize: Int = 8,
        queues: StageQueues.Settings = StageQueues.Settings(), scraper: ScraperSettings = ScraperSettings(),
        inference: InferenceSettings? = nil, localEmbeddingDimensions: Int = 384,
        sweeper: StuckJobSweeper.Settings = StuckJobSweeper.Settings(), watchPollInterval: Duration = .seconds(5),
        workerConcurrency: Int = 1, consumerName: String = PipelineConfiguration.defaultConsumerName
    ) {
        self.postgresURL = postgresURL
        self.redisURL = redisURL
        self.postgresPoolSize = postgresPoolSize
        self.redisPoolSize = redisPoolSize
        self.queues = queues
        self.scraper = scraper
        self.inference = inference
        self.localEmbeddingDimensions = localEmbeddingDimensions
        self.sweeper = sweeper
        self.watchPollInterval = watchPollInterval
        self.workerConcurrency = workerConcurrency
        self.consumerName = consumerName
    }

    /// `host-pid`.
    public static var defaultConsumerName: String {
        "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// Reads `MESH_POSTGRES_URL`, `MESH_REDIS_URL` (required), `MAX_QUEUE_DEPTH` (or
    /// `MESH_MAX_QUEUE_DEPTH`), `MESH_VISIBILITY_TIMEOUT_SECONDS`, `MESH_MAX_DELIVERIES`,
    /// `MESH_SCRAPER_ALLOW_CIDRS`, `MESH_INFERENCE_URL`, `MESH_INFERENCE_MODEL`, `MESH_INFERENCE_API_KEY`,
    /// `MESH_STUCK_JOB_MINUTES`, `MESH_STUCK_SWEEP_SECONDS`, `MESH_STUCK_MAX_ATTEMPTS`,
    /// `MESH_WORKER_CONCURRENCY`. Throws INVALID_ARGUMENT naming the first missing or malformed one.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> PipelineConfiguration
    {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        func integer(_ names: String...) throws -> Int? {
            guard let name = names.first(where: { value($0) != nil }), let text = value(name) else { return nil }
            guard let number = Int(text), number > 0 else {
                throw PipelineErrors.invalidArgument("invalid_configuration", "\(name) must be a positive integer")
            }
            return number
        }
        guard let postgresURL = value("MESH_POSTGRES_URL"), let redisURL = value("MESH_REDIS_URL") else {
            throw PipelineErrors.invalidArgument(
                "invalid_configuration", "MESH_POSTGRES_URL and MESH_REDIS_URL are required")
        }
        var configuration = PipelineConfiguration(postgresURL: postgresURL, redisURL: redisURL)
        if let depth = try integer("MAX_QUEUE_DEPTH", "MESH_MAX_QUEUE_DEPTH") { configuration.queues.maxDepth = depth }
        if let seconds = try integer("MESH_VISIBILITY_TIMEOUT_SECONDS") {
            configuration.queues.visibilityTimeout = .seconds(seconds)
        }
        if let deliveries = try integer("MESH_MAX_DELIVERIES") { configuration.queues.maxDeliveries = deliveries }
        configuration.scraper.allowCIDRs = value("MESH_SCRAPER_ALLOW_CIDRS") ?? ""
        if let base = value("MESH_INFERENCE_URL") {
            configuration.inference = InferenceSettings(
                baseURL: base, model: value("MESH_INFERENCE_MODEL") ?? "text-embedding",
                apiKey: value("MESH_INFERENCE_API_KEY"))
        }
        if let minutes = try integer("MESH_STUCK_JOB_MINUTES") { configuration.sweeper.threshold = .seconds(minutes * 60) }
        if let seconds = try integer("MESH_STUCK_SWEEP_SECONDS") { configuration.sweeper.interval = .seconds(seconds) }
        if let attempts = try integer("MESH_STUCK_MAX_ATTEMPTS") { configuration.sweeper.maxAttempts = attempts }
        if let concurrency = try integer("MESH_WORKER_CONCURRENCY") { configuration.workerConcurrency = concurrency }
        return configuration
    }
}
