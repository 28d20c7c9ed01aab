import ArgumentParser
import Logging
import MeshCore
import MeshTransport
import ServiceLifecycle
import UnixSignals

/// `mesh bench server`: serves Echo until SIGTERM/SIGINT.
struct BenchServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "server", abstract: "Serve the Echo service.")

    @Option(help: "HOST:PORT to listen on.")
    var listen: String?

    @Option(help: "Port (the peer harness passes --port); host from $HOST or 127.0.0.1.")
    var port: Int?

    func run() async throws {
        NIOExecutor.install(when: "MESH_BENCH_SERVER_NIO_EXECUTOR")
        let (host, port) = try ListenAddress.resolve(listen: listen, port: port)
        var logger = Logger(label: "mesh.bench")
        logger.logLevel = .warning
        let server = MeshServer(
            router: RPCRouter(services: [EchoService()]),
            configuration: MeshServerConfiguration(host: host, port: port), logger: logger)
        let group = ServiceGroup(
            configuration: .init(services: [server], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}

enum ListenAddress {
    /// `--listen HOST:PORT`, or `--port` with $HOST, or $HOST/$PORT.
    static func resolve(listen: String?, port: Int?) throws -> (String, Int) {
        let environment = ProcessInfo.processInfo.environment
        if let listen {
            guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]) else {
                throw ValidationError("--listen must be HOST:PORT, got '\(listen)'")
            }
            return (String(listen[..<colon]), port)
        }
        let host = environment["HOST"] ?? "127.0.0.1"
        guard let port = port ?? environment["PORT"].flatMap(Int.init) else {
            throw ValidationError("give --listen HOST:PORT or --port PORT")
        }
        return (host, port)
    }
}

import Foundation
