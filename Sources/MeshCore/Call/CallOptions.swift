/// Per-call settings a client passes with a request.
public struct CallOptions: Sendable {
    /// How long the call may take. The effective deadline is the earlier of this and the deadline of the
    /// call being handled, if any (deadline propagation).
    public var timeout: Duration?
    /// Metadata sent with the request, on top of what interceptors add.
    public var metadata: Metadata

    public init(timeout: Duration? = nil, metadata: Metadata = [:]) {
        self.timeout = timeout
        self.metadata = metadata
    }

    /// The absolute deadline for a call starting `now`, inheriting the deadline of the handler we run in.
    public func effectiveDeadline(now: ContinuousClock.Instant = .now) -> ContinuousClock.Instant? {
        let own = timeout.map { now.advanced(by: $0) }
        let inherited = ServerContext.current?.deadline
        switch (own, inherited) {
        case (let own?, let inherited?): return min(own, inherited)
        case (let own?, nil): return own
        case (nil, let inherited?): return inherited
        case (nil, nil): return nil
        }
    }
}
