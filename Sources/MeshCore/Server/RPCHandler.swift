/// A method implementation on raw bytes, as the generated service code registers it.
public enum RPCHandler: Sendable {
    case unary(@Sendable (_ request: [UInt8], _ context: ServerContext) async throws -> [UInt8])
    case serverStreaming(
        @Sendable (_ request: [UInt8], _ context: ServerContext, _ writer: RawStreamWriter) async throws -> Void
    )
}

/// Where a streaming handler sends its messages; `write` suspends while the transport applies backpressure.
public struct RawStreamWriter: Sendable {
    private let sink: @Sendable ([UInt8]) async throws -> Void

    public init(_ sink: @escaping @Sendable ([UInt8]) async throws -> Void) {
        self.sink = sink
    }

    public func write(_ message: [UInt8]) async throws {
        try await sink(message)
    }
}

/// A typed view of `RawStreamWriter` for generated handlers.
public struct ServerStreamWriter<Message: WireMessage>: Sendable {
    private let raw: RawStreamWriter

    public init(_ raw: RawStreamWriter) { self.raw = raw }

    public func write(_ message: Message) async throws {
        try await raw.write(message.serializedBytes())
    }
}

/// A service the generator made from a proto `service`: it registers its methods with a router.
public protocol RPCService: Sendable {
    func registerMethods(with router: inout RPCRouter)
}
