import MeshCore

/// A `ClientTransport` over one `MeshConnection`: every call goes to that server, with the client
/// interceptors applied and the deadline inherited from the handled call, if any. `MeshClient` adds
/// endpoint discovery, balancing, reconnection, retries and breakers on top of connections.
public struct ConnectionTransport: ClientTransport {
    public let connection: MeshConnection
    private let interceptors: [any ClientInterceptor]

    public init(connection: MeshConnection, interceptors: [any ClientInterceptor] = [ContextPropagationInterceptor()]) {
        self.connection = connection
        self.interceptors = interceptors
    }

    public func unary(_ request: RawRequest, method: MethodDescriptor, options: CallOptions) async throws -> RawResponse {
        var metadata = request.metadata
        for interceptor in interceptors { interceptor.willSend(method, metadata: &metadata) }
        return try await connection.unaryResponse(
            method: method.path, payload: request.payload, metadata: metadata, deadline: options.effectiveDeadline())
    }

    public func serverStreaming<Result: Sendable>(
        _ request: RawRequest, method: MethodDescriptor, options: CallOptions,
        body: (RawResponseStream) async throws -> Result
    ) async throws -> Result {
        var metadata = request.metadata
        for interceptor in interceptors { interceptor.willSend(method, metadata: &metadata) }
        return try await connection.serverStreaming(
            method: method.path, payload: request.payload, metadata: metadata, deadline: options.effectiveDeadline(),
            body: body)
    }
}
