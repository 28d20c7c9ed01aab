import Logging
import MeshContracts
import MeshCore
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization

/// Serves a router's methods over TCP: length-prefixed `mesh.v1.Frame`s, many calls multiplexed per
/// connection, each call its own child task of its connection's task group.
///
/// A `Service`: `run()` serves until cancelled; on graceful shutdown (SIGTERM through a
/// `ServiceGroup`) it stops accepting, sends GOAWAY on every connection, lets in-flight calls finish
/// within `drainTimeout`, then returns.
public final class MeshServer: Service, Sendable {
    public let configuration: MeshServerConfiguration
    /// The server's `mesh.v1.Health` service: set statuses here; drain marks everything NOT_SERVING.
    public let health: HealthService
    private let dispatcher: CallDispatcher
    private let group: any EventLoopGroup
    private let logger: Logger
    private let state = Mutex(ServerState())
    private let bound: EventLoopPromise<SocketAddress>

    private struct ServerState {
        var listener: (any Channel)?
        var connections: [ObjectIdentifier: ServerConnection] = [:]
        var draining = false
    }

    public init(
        router: RPCRouter, configuration: MeshServerConfiguration = MeshServerConfiguration(),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton, logger: Logger = Logger(label: "mesh.server")
    ) {
        self.configuration = configuration
        var router = router
        let health = HealthService(services: router.serviceNames)
        if !router.serviceNames.contains(MeshV1.Health.serviceName) { router.register(health) }
        self.health = health
        self.dispatcher = CallDispatcher(router: router, interceptors: configuration.interceptors)
        self.group = group
        self.logger = logger
        self.bound = group.next().makePromise(of: SocketAddress.self)
    }

    deinit {
        // Never ran (or never bound): release anyone waiting for the port.
        bound.fail(RPCError(code: .unavailable, message: "the server was not started"))
    }

    /// The port actually listened on, once `run()` has bound (waits for it).
    public var boundPort: Int {
        get async throws {
            guard let port = try await bound.futureResult.get().port else {
                throw RPCError(code: .internal, message: "the server's address has no port")
            }
            return port
        }
    }

    public func run() async throws {
        let maxFrameBytes = configuration.maxFrameBytes
        let listener: NIOAsyncChannel<NIOAsyncChannel<MeshV1.Frame, MeshV1.Frame>, Never>
        do {
            listener = try await ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 256)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
                .childChannelOption(.allowRemoteHalfClosure, value: false)
                .bind(host: configuration.host, port: configuration.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(
                            ByteToMessageHandler(FrameDecoder(maxFrameBytes: maxFrameBytes)))
                        try channel.pipeline.syncOperations.addHandler(MessageToByteHandler(FrameEncoder()))
                        return try NIOAsyncChannel<MeshV1.Frame, MeshV1.Frame>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            bound.fail(error)
            throw error
        }
        if let address = listener.channel.localAddress { bound.succeed(address) }
        state.withLock { $0.listener = listener.channel }
        logger.info("mesh server listening", metadata: ["address": "\(listener.channel.localAddress.map { "\($0)" } ?? "?")"])

        try await withGracefulShutdownHandler {
            try await listener.executeThenClose { inbound in
                try await withThrowingDiscardingTaskGroup { group in
                    for try await channel in inbound {
                        group.addTask { await self.serve(channel) }
                    }
                }
            }
        } onGracefulShutdown: {
            self.drain()
        }
        logger.info("mesh server stopped")
    }

    /// Stops accepting and asks every connection to drain (GOAWAY, finish in-flight calls, close).
    public func drain() {
        let (listener, connections) = state.withLock { state in
            state.draining = true
            return (state.listener, Array(state.connections.values))
        }
        health.setAllNotServing()
        listener?.close(promise: nil)
        for connection in connections { connection.drain(timeout: configuration.drainTimeout) }
    }

    private func serve(_ channel: NIOAsyncChannel<MeshV1.Frame, MeshV1.Frame>) async {
        let connection = ServerConnection(
            channel: channel, dispatcher: dispatcher, configuration: configuration, logger: logger)
        let key = ObjectIdentifier(connection)
        let draining = state.withLock { state in
            state.connections[key] = connection
            return state.draining
        }
        if draining { connection.drain(timeout: configuration.drainTimeout) }
        await connection.run()
        _ = state.withLock { $0.connections.removeValue(forKey: key) }
    }
}
