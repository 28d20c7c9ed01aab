import Foundation

/// The stream entry id of a task (`<ms>-<seq>`).
public struct TaskID: Sendable, Hashable, CustomStringConvertible {
    /// The Redis stream entry id.
    public let rawValue: String

    /// Wraps a stream entry id.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
}

/// A task handed to a consumer. Ack it with `WorkQueue.ack(_:)` after the work is done; if it is
/// not acked within the visibility timeout, another consumer gets it again.
public struct QueueTask: Sendable, Hashable {
    /// The task's id in the main stream.
    public let id: TaskID
    /// The payload bytes given to `enqueue`.
    public let payload: [UInt8]
    /// The fields given to `enqueue` (e.g. `job_id`, `traceparent`).
    public let fields: [String: String]
    /// How many times the task has been delivered, this delivery included (1 on first delivery).
    public let deliveryCount: Int
    /// The consumer the task is now assigned to.
    public let consumer: String
}

/// A task that was delivered more than `maxDeliveries` times: it has been moved to the
/// dead-letter stream and removed from the main stream. The caller should fail its job.
public struct DeadLetter: Sendable, Hashable {
    /// The entry id in the dead-letter stream.
    public let deadLetterID: TaskID
    /// The task's id in the main stream (now deleted there).
    public let originalID: TaskID
    /// The payload bytes.
    public let payload: [UInt8]
    /// The task's fields.
    public let fields: [String: String]
    /// How many times it was delivered without being acked.
    public let deliveryCount: Int
    /// The consumer that held it last.
    public let lastConsumer: String
    /// When it was dead-lettered (Redis server time, milliseconds since 1970).
    public let deadLetteredAtMilliseconds: Int

    /// When it was dead-lettered.
    public var deadLetteredAt: Date { Date(timeIntervalSince1970: Double(deadLetteredAtMilliseconds) / 1000) }
}

/// What one `consume` call produced.
public struct ConsumeResult: Sendable, Hashable {
    /// Tasks to work on: re-delivered (stale) ones first, then new ones.
    public var tasks: [QueueTask]
    /// Tasks that exceeded `maxDeliveries` during this call; already moved to the dead-letter
    /// stream and acked. Fail their jobs.
    public var deadLetters: [DeadLetter]

    /// Whether the call produced nothing.
    public var isEmpty: Bool { tasks.isEmpty && deadLetters.isEmpty }
}
