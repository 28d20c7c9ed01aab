/// Runs calls the same way for every transport: finds the method (UNIMPLEMENTED if unknown), runs the
/// interceptors, runs the handler inside its `ServerContext` with the deadline enforced and the
/// transport's cancellation honoured, and maps every failure onto an `RPCError`.
public struct CallDispatcher: Sendable {
    public let router: RPCRouter
    public let interceptors: [any ServerInterceptor]

    public init(router: RPCRouter, interceptors: [any ServerInterceptor] = []) {
        self.router = router
        self.interceptors = interceptors
    }

    /// What a transport knows about an incoming call.
    public struct IncomingCall: Sendable {
        public var path: String
        public var payload: [UInt8]
        public var metadata: Metadata
        public var deadline: ContinuousClock.Instant?
        public var peer: String
        /// Fired by the transport on CANCEL or when its deadline timer expires; nil when the caller's
        /// task cancellation reaches the handler directly (in-process) and deadlines are slept out here.
        public var cancellation: CallCancellation?

        public init(
            path: String, payload: [UInt8], metadata: Metadata, deadline: ContinuousClock.Instant?, peer: String,
            cancellation: CallCancellation? = nil
        ) {
            self.path = path
            self.payload = payload
            self.metadata = metadata
            self.deadline = deadline
            self.peer = peer
            self.cancellation = cancellation
        }
    }

    public func kind(of path: String) -> MethodDescriptor.Kind? { router.route(for: path)?.descriptor.kind }

    /// Runs a unary call; returns the response payload and the metadata the handler added.
    public func unary(_ call: IncomingCall) async throws(RPCError) -> RawResponse {
        let (route, context) = try prepare(call)
        guard case .unary(let handler) = route.handler else {
            throw RPCError(code: .unimplemented, message: "\(call.path) is server-streaming, not unary")
        }
        let payload = try await observe(context) {
            try await watched(deadline: call.deadline, cancellation: call.cancellation) {
                try await ServerContext.$current.withValue(context) { try await handler(call.payload, context) }
            }
        }
        return RawResponse(payload: payload, metadata: context.responseMetadata.metadata)
    }

    /// Runs a server-streaming call to completion; returns the metadata the handler added.
    @discardableResult
    public func serverStreaming(_ call: IncomingCall, writer: RawStreamWriter) async throws(RPCError) -> Metadata {
        let (route, context) = try prepare(call)
        guard case .serverStreaming(let handler) = route.handler else {
            throw RPCError(code: .unimplemented, message: "\(call.path) is unary, not server-streaming")
        }
        try await observe(context) {
            try await watched(deadline: call.deadline, cancellation: call.cancellation) {
                try await ServerContext.$current.withValue(context) { try await handler(call.payload, context, writer) }
            }
        }
        return context.responseMetadata.metadata
    }

    private func prepare(_ call: IncomingCall) throws(RPCError) -> (RPCRouter.Route, ServerContext) {
        guard let route = router.route(for: call.path) else {
            throw RPCError(code: .unimplemented, message: "unknown method \(call.path)", reason: "unknown_method")
        }
        var context = ServerContext(method: route.descriptor, metadata: call.metadata, deadline: call.deadline, peer: call.peer)
        do {
            for interceptor in interceptors { try interceptor.willHandle(&context) }
        } catch {
            let failure = RPCError(mapping: error)
            for interceptor in interceptors { interceptor.didHandle(context, error: failure, duration: .zero) }
            throw failure
        }
        return (route, context)
    }

    private func observe<T>(_ context: ServerContext, _ body: () async throws -> T) async throws(RPCError) -> T {
        let start = ContinuousClock.now
        do {
            let value = try await body()
            if !interceptors.isEmpty {
                let duration = ContinuousClock.now - start
                for interceptor in interceptors { interceptor.didHandle(context, error: nil, duration: duration) }
            }
            return value
        } catch {
            let failure = RPCError(mapping: error)
            let duration = ContinuousClock.now - start
            for interceptor in interceptors { interceptor.didHandle(context, error: failure, duration: duration) }
            throw failure
        }
    }
}

/// Runs `body` so that the call ends with DEADLINE_EXCEEDED (or CANCELLED) when the deadline passes
/// or `cancellation` fires first. With a transport's `cancellation` (which also arms the deadline
/// timer), `body` runs in the calling task and is cancelled through it; without one, a sleeping
/// watchdog enforces the deadline; without either, `body` just runs.
func watched<T: Sendable>(
    deadline: ContinuousClock.Instant?, cancellation: CallCancellation?, _ body: @escaping @Sendable () async throws -> T
) async throws -> T {
    if let deadline, deadline <= .now { throw RPCError.deadlineExceeded() }
    if let cancellation {
        do {
            return try await cancellation.run(body)
        } catch {
            switch cancellation.firedReason {
            case .deadlineExceeded?: throw RPCError.deadlineExceeded()
            case .cancelledByPeer?: throw RPCError(code: .cancelled, message: "the caller cancelled the call")
            case nil: throw error
            }
        }
    }
    guard let deadline else { return try await body() }
    return try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(until: deadline, clock: .continuous)
            throw RPCError.deadlineExceeded()
        }
        defer { group.cancelAll() }
        while let next = try await group.next() {
            if let value = next { return value }
        }
        throw RPCError.deadlineExceeded()
    }
}

/// Runs `body`, throwing DEADLINE_EXCEEDED if `deadline` passes first.
public func withDeadline<T: Sendable>(
    _ deadline: ContinuousClock.Instant?, _ body: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await watched(deadline: deadline, cancellation: nil, body)
}

extension RPCError {
    static func deadlineExceeded() -> RPCError {
        RPCError(code: .deadlineExceeded, message: "the deadline passed before the call finished", reason: "deadline")
    }
}
