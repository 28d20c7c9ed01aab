/// Settings of one client connection.
public struct MeshConnectionConfiguration: Sendable {
    public var connectTimeout: Duration
    /// A PING is sent when nothing was received for this long…
    public var keepaliveInterval: Duration
    /// …and the connection is closed as dead if nothing arrives within this after it.
    public var keepaliveTimeout: Duration
    /// Frames above this from the server are a connection error.
    public var maxFrameBytes: Int

    public init(
        connectTimeout: Duration = .seconds(5), keepaliveInterval: Duration = .seconds(30),
        keepaliveTimeout: Duration = .seconds(10), maxFrameBytes: Int = 4 << 20
    ) {
        self.connectTimeout = connectTimeout
        self.keepaliveInterval = keepaliveInterval
        self.keepaliveTimeout = keepaliveTimeout
        self.maxFrameBytes = maxFrameBytes
    }
}

extension Duration {
    /// For NIO's scheduling APIs.
    var timeAmount: TimeAmount {
        .nanoseconds(components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000)
    }
}

import NIOCore
