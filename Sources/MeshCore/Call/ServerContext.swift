import Synchronization

/// What a handler knows about the call it serves.
public struct ServerContext: Sendable {
    public var method: MethodDescriptor
    /// Request metadata as received (after server interceptors).
    public var metadata: Metadata
    /// When the caller stops waiting; the server cancels the handler then.
    public var deadline: ContinuousClock.Instant?
    /// The end user on whose behalf the call is made, when a trusted caller forwarded one.
    public var caller: CallerIdentity?
    /// Where the call came from ("127.0.0.1:53122", or "in-process").
    public var peer: String
    /// Metadata the handler sends back with its response (or, for a stream, with its end).
    public let responseMetadata = ResponseMetadata()

    public init(
        method: MethodDescriptor, metadata: Metadata, deadline: ContinuousClock.Instant?,
        caller: CallerIdentity? = nil, peer: String
    ) {
        self.method = method
        self.metadata = metadata
        self.deadline = deadline
        self.caller = caller ?? CallerIdentity(metadata: metadata)
        self.peer = peer
    }

    /// Whether the caller gave up (cancelled, or the deadline passed).
    public var isCancelled: Bool { Task.isCancelled }

    /// Time left before the deadline, if there is one.
    public func remainingTime(now: ContinuousClock.Instant = .now) -> Duration? {
        deadline.map { now.duration(to: $0) }
    }

    /// The context of the call the current task is handling; clients read it to inherit the deadline
    /// and to forward trace context and the caller's identity.
    @TaskLocal public static var current: ServerContext?
}

/// Metadata a handler adds to its response; shared by the copies of one call's context.
public final class ResponseMetadata: Sendable {
    private let storage = Mutex(Metadata())

    public init() {}

    public func add(_ key: String, _ value: String) { storage.withLock { $0.add(key, value) } }

    public var metadata: Metadata { storage.withLock { $0 } }
}

/// The end user a call acts for, carried as `x-caller-id` / `x-caller-role` metadata.
public struct CallerIdentity: Sendable, Hashable {
    public var callerID: String
    /// "user", "service" or "admin".
    public var role: String

    public init(callerID: String, role: String) {
        self.callerID = callerID
        self.role = role
    }

    /// Reads the identity from metadata; nil when absent.
    public init?(metadata: Metadata) {
        guard let id = metadata[MetadataKey.callerID], !id.isEmpty else { return nil }
        self.init(callerID: id, role: metadata[MetadataKey.callerRole] ?? "")
    }
}
