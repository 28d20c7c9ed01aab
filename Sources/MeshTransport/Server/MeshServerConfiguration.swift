import MeshCore

/// How a mesh server listens and what it allows.
public struct MeshServerConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port (see `MeshServer.boundPort`).
    public var port: Int
    /// Frames above this are a connection error (GOAWAY RESOURCE_EXHAUSTED, then close).
    public var maxFrameBytes: Int
    /// Calls open at once on one connection; more get RESOURCE_EXHAUSTED.
    public var maxConcurrentCallsPerConnection: Int
    /// How long a graceful shutdown waits for in-flight calls before closing connections.
    public var drainTimeout: Duration
    public var interceptors: [any ServerInterceptor]

    public init(
        host: String = "127.0.0.1", port: Int = 0, maxFrameBytes: Int = 4 << 20,
        maxConcurrentCallsPerConnection: Int = 1024, drainTimeout: Duration = .seconds(10),
        interceptors: [any ServerInterceptor] = []
    ) {
        self.host = host
        self.port = port
        self.maxFrameBytes = maxFrameBytes
        self.maxConcurrentCallsPerConnection = maxConcurrentCallsPerConnection
        self.drainTimeout = drainTimeout
        self.interceptors = interceptors
    }
}
