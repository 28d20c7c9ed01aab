extension WorkQueue {
    /// How a queue is named and bounded.
    public struct Configuration: Sendable, Hashable {
        /// The main stream, e.g. `mesh:queue:scrape`.
        public var stream: String
        /// The consumer group all workers of this queue join.
        public var group: String
        /// Most tasks the queue holds (enqueued and not yet acked); `enqueue` beyond it fails with
        /// `queueFull`.
        public var maxDepth: Int
        /// A delivered task not acked for this long is given to another consumer. Measured by
        /// Redis (the entry's idle time in the pending list), so it cannot be faked by a client clock.
        public var visibilityTimeout: Duration
        /// A task delivered this many times without an ack is dead-lettered instead of delivered again.
        public var maxDeliveries: Int
        /// The dead-letter stream; `<stream>:dlq` by default.
        public var deadLetterStream: String
        /// The dead-letter stream is trimmed (approximately) to this many entries.
        public var deadLetterMaxLength: Int

        /// Creates a configuration; the dead-letter stream defaults to `<stream>:dlq`.
        public init(
            stream: String,
            group: String = "workers",
            maxDepth: Int = 10_000,
            visibilityTimeout: Duration = .seconds(30),
            maxDeliveries: Int = 5,
            deadLetterStream: String? = nil,
            deadLetterMaxLength: Int = 100_000
        ) {
            self.stream = stream
            self.group = group
            self.maxDepth = maxDepth
            self.visibilityTimeout = visibilityTimeout
            self.maxDeliveries = maxDeliveries
            self.deadLetterStream = deadLetterStream ?? "\(stream):dlq"
            self.deadLetterMaxLength = deadLetterMaxLength
        }
    }
}
