/// How a client reaches servers: NIO TCP, or in-process for tests. Generated clients sit on top.
public protocol ClientTransport: Sendable {
    /// One request, one response. Throws `RPCError`.
    func unary(_ request: RawRequest, method: MethodDescriptor, options: CallOptions) async throws -> RawResponse

    /// One request, a stream of responses handed to `body`. Returning from `body` before the stream
    /// ends cancels the call.
    func serverStreaming<Result: Sendable>(
        _ request: RawRequest,
        method: MethodDescriptor,
        options: CallOptions,
        body: (RawResponseStream) async throws -> Result
    ) async throws -> Result
}

/// A request as the transport sends it.
public struct RawRequest: Sendable {
    public var payload: [UInt8]
    public var metadata: Metadata

    public init(payload: [UInt8], metadata: Metadata) {
        self.payload = payload
        self.metadata = metadata
    }
}

/// A unary response as the transport received it.
public struct RawResponse: Sendable {
    public var payload: [UInt8]
    public var metadata: Metadata

    public init(payload: [UInt8], metadata: Metadata = [:]) {
        self.payload = payload
        self.metadata = metadata
    }
}

/// The messages of a server stream, as payloads; it ends normally on an OK status, otherwise throws `RPCError`.
public struct RawResponseStream: AsyncSequence, Sendable {
    public typealias Element = [UInt8]

    private let messages: AsyncThrowingStream<[UInt8], any Error>

    public init(_ messages: AsyncThrowingStream<[UInt8], any Error>) {
        self.messages = messages
    }

    public func makeAsyncIterator() -> AsyncThrowingStream<[UInt8], any Error>.AsyncIterator {
        messages.makeAsyncIterator()
    }
}

/// The messages of a server stream, decoded.
public struct ResponseStream<Message: WireMessage>: AsyncSequence, Sendable {
    public typealias Element = Message

    private let raw: RawResponseStream

    public init(_ raw: RawResponseStream) { self.raw = raw }

    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: AsyncThrowingStream<[UInt8], any Error>.AsyncIterator

        public mutating func next() async throws -> Message? {
            guard let payload = try await base.next() else { return nil }
            return try Message(serializedBytes: payload)
        }
    }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: raw.makeAsyncIterator()) }
}
