public import Hummingbird
public import NIOCore

/// The Hummingbird request context of the gateway: the core storage plus the connection's socket
/// peer (the only source of the client address unless a trusted proxy is configured).
public struct GatewayRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The socket peer of the connection; nil in router-only tests.
    public let remoteAddress: SocketAddress?
    /// Set by `GatewayMiddleware`: the request id echoed to the client and forwarded to services.
    public var requestID: String = ""
    /// Set by `GatewayMiddleware`: the W3C trace context forwarded to services.
    public var traceparent: String = ""

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = CoreRequestContextStorage(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }
}
