import RedisClient

/// An error from `WorkQueue`. `code` is extensible; `reason` is the machine-readable string the
/// pipeline puts into job errors and API responses.
public struct WorkQueueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        /// The stable name of the code.
        public let name: String

        private init(_ name: String) { self.name = name }

        /// The queue already holds `maxDepth` tasks; the caller should retry later (HTTP 429).
        public static let queueFull = Code("queue_full")
        /// Redis refused the write for memory (`maxmemory` reached); nothing was queued.
        public static let outOfMemory = Code("out_of_memory")
        /// Redis could not be reached, timed out, or the pool was shut down.
        public static let unavailable = Code("unavailable")
        /// The task was malformed (e.g. a reserved field name).
        public static let invalidTask = Code("invalid_task")
        /// Any other Redis error, including replies of an unexpected shape.
        public static let redisError = Code("redis_error")

        public var description: String { name }
    }

    /// What went wrong.
    public let code: Code
    /// Machine-readable reason: `resource_exhausted` for `queueFull`, `redis_out_of_memory`,
    /// `redis_unavailable`, `invalid_argument`, `redis_error`.
    public let reason: String
    /// Human-readable detail; never contains payloads or field values.
    public let message: String
    /// For `queueFull`: the depth seen and the configured limit.
    public let depth: Int?
    /// For `queueFull`: the configured `maxDepth`.
    public let limit: Int?
    /// The Redis error behind this one, if any.
    public let cause: RedisError?

    /// The queue is full (`depth >= limit`).
    public static func queueFull(depth: Int, limit: Int) -> WorkQueueError {
        WorkQueueError(
            code: .queueFull, reason: "resource_exhausted",
            message: "queue is full (\(depth) of \(limit) tasks); retry later",
            depth: depth, limit: limit, cause: nil)
    }

    /// A task field name collides with one the queue uses itself.
    static func invalidTask(_ message: String) -> WorkQueueError {
        WorkQueueError(
            code: .invalidTask, reason: "invalid_argument", message: message, depth: nil, limit: nil, cause: nil)
    }

    /// Maps a Redis failure onto the queue's codes, keeping it as `cause`.
    init(_ error: RedisError, while action: String) {
        let (code, reason): (Code, String) =
            switch error.code {
            case .outOfMemory: (.outOfMemory, "redis_out_of_memory")
            case .connectionFailed, .timeout, .poolClosed: (.unavailable, "redis_unavailable")
            default: (.redisError, "redis_error")
            }
        self.init(
            code: code, reason: reason, message: "\(action): \(error.message)", depth: nil, limit: nil, cause: error)
    }

    private init(code: Code, reason: String, message: String, depth: Int?, limit: Int?, cause: RedisError?) {
        self.code = code
        self.reason = reason
        self.message = message
        self.depth = depth
        self.limit = limit
        self.cause = cause
    }

    public var description: String { "WorkQueueError(\(code), \(reason)): \(message)" }
}
