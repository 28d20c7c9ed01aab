/// A client transport that calls a router's handlers directly, with the same semantics as the TCP
/// transport: the same dispatcher (unknown methods are UNIMPLEMENTED, interceptors run, deadlines
/// are enforced and inherited), cancelling the caller cancels the handler, and every failure arrives
/// as an `RPCError`.
public struct InProcessTransport: ClientTransport {
    private let dispatcher: CallDispatcher
    private let clientInterceptors: [any ClientInterceptor]

    public init(dispatcher: CallDispatcher, clientInterceptors: [any ClientInterceptor] = []) {
        self.dispatcher = dispatcher
        self.clientInterceptors = clientInterceptors
    }

    public init(
        services: [any RPCService], serverInterceptors: [any ServerInterceptor] = [],
        clientInterceptors: [any ClientInterceptor] = []
    ) {
        self.init(
            dispatcher: CallDispatcher(router: RPCRouter(services: services), interceptors: serverInterceptors),
            clientInterceptors: clientInterceptors)
    }

    public func unary(_ request: RawRequest, method: MethodDescriptor, options: CallOptions) async throws
        -> RawResponse
    {
        let call = incomingCall(request, method: method, options: options)
        return try await dispatcher.unary(call)
    }

    public func serverStreaming<Result: Sendable>(
        _ request: RawRequest, method: MethodDescriptor, options: CallOptions,
        body: (RawResponseStream) async throws -> Result
    ) async throws -> Result {
        let call = incomingCall(request, method: method, options: options)
        let (messages, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        let writer = RawStreamWriter { message in
            try Task.checkCancellation()
            continuation.yield(message)
        }
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await dispatcher.serverStreaming(call, writer: writer)
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

    private func incomingCall(_ request: RawRequest, method: MethodDescriptor, options: CallOptions)
        -> CallDispatcher.IncomingCall
    {
        var metadata = request.metadata
        for interceptor in clientInterceptors { interceptor.willSend(method, metadata: &metadata) }
        return CallDispatcher.IncomingCall(
            path: method.path, payload: request.payload, metadata: metadata, deadline: options.effectiveDeadline(),
            peer: "in-process")
    }
}
