import RedisClient
import Synchronization

/// An at-least-once work queue on a Redis stream and consumer group.
///
/// - `enqueue` refuses beyond `maxDepth` (atomically, so concurrent producers never overshoot).
/// - `consume` first takes over tasks whose consumer did not ack them within the visibility
///   timeout, then reads new ones; tasks delivered more than `maxDeliveries` times are moved to the
///   dead-letter stream and reported instead of delivered.
/// - `ack` after the work is done removes the task for good.
///
/// Depth is `XLEN` of the stream: `ack` deletes entries, so the stream holds exactly the tasks
/// not yet acked. A write Redis refuses for memory fails with `.outOfMemory` at once, and the
/// same queue works again once memory is available.
///
/// A blocking `consume` holds one pool connection for up to `block`; see `RedisPool`.
public final class WorkQueue: Sendable {
    /// The queue's names and limits.
    public let configuration: Configuration
    private let pool: RedisPool
    /// Whether this process has (re)created the consumer group since it last saw NOGROUP.
    private let groupReady = Mutex(false)
    /// When this queue object last scanned for stale tasks. Scanning on every `consume` would cost a
    /// round trip and a pending-list scan per call; a task can only go stale once per visibility
    /// timeout, so scanning a few times per timeout (at most every `reclaimInterval`) suffices.
    private let lastReclaim = Mutex<ContinuousClock.Instant?>(nil)

    /// Field names the queue stores itself; `enqueue` refuses them as user fields.
    static let payloadField = "payload"
    static let reservedPrefix = "dlq:"

    /// A queue on `pool`. Nothing is sent until first use.
    public init(pool: RedisPool, configuration: Configuration) {
        self.pool = pool
        self.configuration = configuration
    }

    /// Adds a task. Fails with `queueFull` (reason `resource_exhausted`) when the queue already
    /// holds `maxDepth` tasks, and with `outOfMemory` when Redis refuses the write.
    @discardableResult
    public func enqueue(_ payload: [UInt8], fields: [String: String] = [:]) async throws(WorkQueueError) -> TaskID {
        var arguments: [RedisArgument] = [RedisArgument(configuration.maxDepth), RedisArgument(Self.payloadField), RedisArgument(payload)]
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            guard name != Self.payloadField, !name.hasPrefix(Self.reservedPrefix) else {
                throw .invalidTask("field name '\(name)' is reserved by the queue")
            }
            arguments.append(RedisArgument(name))
            arguments.append(RedisArgument(value))
        }
        // The group must exist before Redis can fill up: creating it later is a write that a full
        // Redis refuses, and consumers could then not drain the queue.
        try await ensureGroup()
        let reply = try await evaluate(
            WorkQueueScripts.enqueue, keys: [configuration.stream], arguments: arguments, while: "enqueue")
        guard let parts = reply.elements, parts.count == 2, let accepted = parts[0].int else {
            throw WorkQueueError(RedisError(.unexpectedReply, "enqueue script reply"), while: "enqueue")
        }
        guard accepted == 1, let id = parts[1].text else {
            throw WorkQueueError.queueFull(depth: parts[1].int ?? configuration.maxDepth, limit: configuration.maxDepth)
        }
        return TaskID(id)
    }

    /// Takes up to `count` tasks for `consumer`: first tasks other consumers left un-acked past
    /// the visibility timeout, then new ones, waiting up to `block` for new ones if there was
    /// nothing to re-deliver (`.zero` does not wait).
    public func consume(consumer: String, count: Int, block: Duration) async throws(WorkQueueError)
        -> ConsumeResult
    {
        let count = max(1, count)
        try await ensureGroup()
        var result = ConsumeResult(tasks: [], deadLetters: [])
        if reclaimIsDue() {
            result = try await withGroupRecovery { () async throws(WorkQueueError) in
                try await reclaim(consumer: consumer, count: count)
            }
        }
        let wanted = count - result.tasks.count
        guard wanted > 0 else { return result }
        let mayBlock = result.isEmpty && block > .zero
        let fresh = try await withGroupRecovery { () async throws(WorkQueueError) in
            try await readNew(consumer: consumer, count: wanted, block: mayBlock ? block : nil)
        }
        result.tasks += fresh
        return result
    }

    /// Acknowledges a finished task: it leaves the pending list and the stream. Returns false if
    /// it was no longer pending (e.g. already acked after a re-delivery).
    @discardableResult
    public func ack(_ task: QueueTask) async throws(WorkQueueError) -> Bool {
        try await ack([task]) == 1
    }

    /// Acknowledges several finished tasks in one round trip; returns how many were still pending.
    @discardableResult
    public func ack(_ tasks: [QueueTask]) async throws(WorkQueueError) -> Int {
        guard !tasks.isEmpty else { return 0 }
        let reply = try await evaluate(
            WorkQueueScripts.ack, keys: [configuration.stream],
            arguments: [RedisArgument(configuration.group)] + tasks.map { RedisArgument($0.id.rawValue) },
            while: "ack")
        return reply.int ?? 0
    }

    /// Tasks enqueued and not yet acked (new and in progress).
    public func depth() async throws(WorkQueueError) -> Int {
        try await integer(["XLEN", RedisArgument(configuration.stream)], while: "depth")
    }

    /// Entries in the dead-letter stream.
    public func deadLetterDepth() async throws(WorkQueueError) -> Int {
        try await integer(["XLEN", RedisArgument(configuration.deadLetterStream)], while: "dead-letter depth")
    }

    /// Tasks delivered to some consumer and not yet acked.
    public func pendingCount() async throws(WorkQueueError) -> Int {
        do {
            let reply = try await pool.send("XPENDING", RedisArgument(configuration.stream), RedisArgument(configuration.group))
            return reply.elements?.first?.int ?? 0
        } catch where error.message.hasPrefix("NOGROUP") {
            return 0
        } catch {
            throw WorkQueueError(error, while: "pending count")
        }
    }

    /// The oldest `count` entries of the dead-letter stream, for inspection.
    public func deadLetters(count: Int) async throws(WorkQueueError) -> [DeadLetter] {
        let reply: RedisReply
        do {
            reply = try await pool.send(
                "XRANGE", RedisArgument(configuration.deadLetterStream), "-", "+", "COUNT", RedisArgument(max(1, count)))
        } catch {
            throw WorkQueueError(error, while: "read dead letters")
        }
        return (reply.elements ?? []).compactMap(StreamEntry.init).compactMap(\.asDeadLetter)
    }

    /// Creates the stream and consumer group now (idempotent). Optional: every operation does it
    /// on first use; calling it at start-up surfaces a misconfigured Redis early.
    public func prepare() async throws(WorkQueueError) {
        try await ensureGroup()
    }

    // MARK: - Steps

    private func reclaim(consumer: String, count: Int) async throws(WorkQueueError) -> ConsumeResult {
        let idleMilliseconds = max(1, Int(configuration.visibilityTimeout / .milliseconds(1)))
        let reply = try await evaluate(
            WorkQueueScripts.reclaim,
            keys: [configuration.stream, configuration.deadLetterStream],
            arguments: [
                RedisArgument(configuration.group), RedisArgument(consumer), RedisArgument(idleMilliseconds),
                RedisArgument(count), RedisArgument(configuration.maxDeliveries),
                RedisArgument(configuration.deadLetterMaxLength),
            ],
            while: "reclaim")
        guard let parts = reply.elements, parts.count == 2 else {
            throw WorkQueueError(RedisError(.unexpectedReply, "reclaim script reply"), while: "reclaim")
        }
        let tasks = (parts[0].elements ?? []).compactMap { claimed -> QueueTask? in
            guard let items = claimed.elements, items.count == 3, let entry = StreamEntry(id: items[0], fields: items[1])
            else { return nil }
            return entry.asTask(deliveryCount: items[2].int ?? 2, consumer: consumer)
        }
        let deadLetters = (parts[1].elements ?? []).compactMap(StreamEntry.deadLetter(fromScriptReply:))
        return ConsumeResult(tasks: tasks, deadLetters: deadLetters)
    }

    private func readNew(consumer: String, count: Int, block: Duration?) async throws(WorkQueueError) -> [QueueTask] {
        var command: [RedisArgument] = [
            "XREADGROUP", "GROUP", RedisArgument(configuration.group), RedisArgument(consumer),
            "COUNT", RedisArgument(count),
        ]
        if let block {
            command += ["BLOCK", RedisArgument(max(1, Int(block / .milliseconds(1))))]
        }
        command += ["STREAMS", RedisArgument(configuration.stream), ">"]
        let reply: RedisReply
        do {
            if let block {
                reply = try await pool.send(command, blockingFor: block)
            } else {
                reply = try await pool.send(command)
            }
        } catch {
            throw WorkQueueError(error, while: "read new tasks")
        }
        // [[stream, [[id, [field, value, …]], …]]] or nil when nothing arrived.
        guard let streams = reply.elements, let entries = streams.first?.elements?.last?.elements else { return [] }
        return entries.compactMap(StreamEntry.init).map { $0.asTask(deliveryCount: 1, consumer: consumer) }
    }

    // MARK: - Plumbing

    /// A quarter of the visibility timeout, at most one second: a stale task waits at most that
    /// much longer than the timeout before it is re-delivered.
    private var reclaimInterval: Duration { min(configuration.visibilityTimeout / 4, .seconds(1)) }

    private func reclaimIsDue() -> Bool {
        let now = ContinuousClock.now
        return lastReclaim.withLock { last in
            if let previous = last, previous.duration(to: now) < reclaimInterval { return false }
            last = now
            return true
        }
    }

    /// Creates the group (and the stream) once; an existing group (BUSYGROUP) is fine. Starting at
    /// id 0 so tasks enqueued before any consumer existed are delivered too.
    private func ensureGroup() async throws(WorkQueueError) {
        guard !groupReady.withLock({ $0 }) else { return }
        do {
            _ = try await pool.send(
                "XGROUP", "CREATE", RedisArgument(configuration.stream), RedisArgument(configuration.group), "0",
                "MKSTREAM")
        } catch where error.message.hasPrefix("BUSYGROUP") {
            // Another process (or an earlier run) created it.
        } catch {
            throw WorkQueueError(error, while: "create consumer group")
        }
        groupReady.withLock { $0 = true }
    }

    /// Runs `body`; if Redis lost the group (restart without persistence, stream deleted),
    /// recreates it and runs `body` once more.
    private func withGroupRecovery<T>(_ body: () async throws(WorkQueueError) -> T) async throws(WorkQueueError) -> T {
        do {
            return try await body()
        } catch where error.cause?.message.hasPrefix("NOGROUP") == true {
            groupReady.withLock { $0 = false }
            try await ensureGroup()
            return try await body()
        }
    }

    private func evaluate(
        _ script: RedisScript, keys: [String], arguments: [RedisArgument], while action: String
    ) async throws(WorkQueueError) -> RedisReply {
        do {
            return try await pool.evaluate(script, keys: keys.map { RedisArgument($0) }, arguments: arguments)
        } catch {
            throw WorkQueueError(error, while: action)
        }
    }

    private func integer(_ command: [RedisArgument], while action: String) async throws(WorkQueueError) -> Int {
        do {
            return try await pool.send(command).int ?? 0
        } catch {
            throw WorkQueueError(error, while: action)
        }
    }
}
