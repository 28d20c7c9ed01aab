/// A client transport that calls a router's handlers directly, with the same semantics as the TCP
/// transport: unknown methods are UNIMPLEMENTED, deadlines are enforced and inherited, cancelling
/// the caller cancels the handler, and every failure arrives as an `RPCError`.
public struct InProcessTransport: ClientTransport {
    private let router: RPCRouter

    public init(router: RPCRouter) {
        self.router = router
    }

    public init(services: [any RPCService]) {
        self.init(router: RPCRouter(services: services))
    }

    public func unary(_ request: RawRequest, method: MethodDescriptor, options: CallOptions) async throws
        -> RawResponse
    {
        guard let route = router.route(for: method.path) else { throw ServerCallRunner.unimplemented(method.path) }
        let context = serverContext(for: route, request: request, options: options)
        switch route.handler {
        case .unary(let handler):
            let payload = try await ServerCallRunner.runUnary(handler, request: request.payload, context: context)
            return RawResponse(payload: payload)
        case .serverStreaming:
            throw RPCError(code: .unimplemented, message: "\(method.path) is server-streaming, not unary")
        }
    }

    public func serverStreaming<Result: Sendable>(
        _ request: RawRequest, method: MethodDescriptor, options: CallOptions,
        body: (RawResponseStream) async throws -> Result
    ) async throws -> Result {
        guard let route = router.route(for: method.path) else { throw ServerCallRunner.unimplemented(method.path) }
        guard case .serverStreaming(let handler) = route.handler else {
            throw RPCError(code: .unimplemented, message: "\(method.path) is unary, not server-streaming")
        }
        let context = serverContext(for: route, request: request, options: options)
        let (messages, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        let writer = RawStreamWriter { message in
            try Task.checkCancellation()
            continuation.yield(message)
        }
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await ServerCallRunner.runServerStreaming(
                        handler, request: request.payload, context: context, writer: writer)
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            // Leaving `body` early cancels the handler, as a CANCEL frame would.
            defer { group.cancelAll() }
            return try await body(RawResponseStream(messages))
        }
    }

    private func serverContext(for route: RPCRouter.Route, request: RawRequest, options: CallOptions)
        -> ServerContext
    {
        ServerContext(
            method: route.descriptor, metadata: request.metadata, deadline: options.effectiveDeadline(),
            peer: "in-process")
    }
}
