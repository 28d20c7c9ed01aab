import MeshContracts
import RedisClient
import RedisCoordination

/// The three work queues (`<prefix>scrape`, `<prefix>chunk`, `<prefix>embed`), each a Redis stream
/// with a consumer group, carrying serialized `StageTask`s.
public struct StageQueues: Sendable {
    /// Names and limits shared by the three queues.
    public struct Settings: Sendable, Hashable {
        /// Stream name prefix; the queues are `<prefix>scrape|chunk|embed`.
        public var streamPrefix: String
        /// `MAX_QUEUE_DEPTH`: tasks each queue holds at most; submissions beyond are refused.
        public var maxDepth: Int
        /// A task not acked for this long is re-delivered.
        public var visibilityTimeout: Duration
        /// Deliveries after which a task is dead-lettered and its job failed (`max_deliveries`).
        public var maxDeliveries: Int
        /// The consumer group of each queue's workers.
        public var group: String

        public init(
            streamPrefix: String = "mesh:queue:", maxDepth: Int = 1000, visibilityTimeout: Duration = .seconds(30),
            maxDeliveries: Int = 5, group: String = "workers"
        ) {
            self.streamPrefix = streamPrefix
            self.maxDepth = maxDepth
            self.visibilityTimeout = visibilityTimeout
            self.maxDeliveries = maxDeliveries
            self.group = group
        }
    }

    public let scrape: WorkQueue
    public let chunk: WorkQueue
    public let embed: WorkQueue

    public init(pool: RedisPool, settings: Settings = Settings()) {
        func configuration(_ name: String) -> WorkQueue.Configuration {
            WorkQueue.Configuration(
                stream: settings.streamPrefix + name, group: settings.group, maxDepth: settings.maxDepth,
                visibilityTimeout: settings.visibilityTimeout, maxDeliveries: settings.maxDeliveries)
        }
        scrape = WorkQueue(pool: pool, configuration: configuration("scrape"))
        chunk = WorkQueue(pool: pool, configuration: configuration("chunk"))
        embed = WorkQueue(pool: pool, configuration: configuration("embed"))
    }

    /// The queue of `stage`.
    public func queue(for stage: PipelineStage) -> WorkQueue {
        switch stage {
        case .scraping: scrape
        case .chunking: chunk
        case .embedding: embed
        }
    }

    /// Queues the task of `stage` for `job`. Throws `WorkQueueError` (`queueFull`, `outOfMemory`, …).
    public func enqueue(_ stage: PipelineStage, for job: JobRecord, attempt: Int = 1) async throws(WorkQueueError) {
        let task = PipelineV1.StageTask(
            jobID: job.jobID, stage: stage.proto, url: job.url, corpusName: job.corpusName,
            traceparent: job.traceparent, attempt: Int32(clamping: attempt))
        try await queue(for: stage).enqueue(task.serializedBytes(), fields: ["job_id": job.jobID])
    }

    /// Creates the three streams and groups now, so a misconfigured Redis shows at start-up.
    public func prepare() async throws(WorkQueueError) {
        try await scrape.prepare()
        try await chunk.prepare()
        try await embed.prepare()
    }
}
