extension ClientTransport {
    /// A typed unary call: what every generated client method does.
    public func unary<Request: WireMessage, Response: WireMessage>(
        _ request: Request, method: MethodDescriptor, options: CallOptions, as: Response.Type = Response.self
    ) async throws -> Response {
        let response = try await unary(
            RawRequest(payload: request.serializedBytes(), metadata: options.metadata), method: method,
            options: options)
        return try Response(serializedBytes: response.payload)
    }

    /// A typed server-streaming call.
    public func serverStreaming<Request: WireMessage, Response: WireMessage, Result: Sendable>(
        _ request: Request, method: MethodDescriptor, options: CallOptions, of: Response.Type = Response.self,
        body: (ResponseStream<Response>) async throws -> Result
    ) async throws -> Result {
        try await serverStreaming(
            RawRequest(payload: request.serializedBytes(), metadata: options.metadata), method: method,
            options: options
        ) { raw in
            try await body(ResponseStream(raw))
        }
    }
}
