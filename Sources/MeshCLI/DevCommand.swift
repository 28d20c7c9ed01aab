import ArgumentParser
import Foundation
import Logging
import MeshCore
import MeshGateway
import MeshJSON
import MeshObservability
import MeshPipeline
import MeshTransport
import RedisCoordination
import ServiceLifecycle
import UnixSignals

/// `mesh dev`: the whole mesh on one machine (SPEC §10). Starts a private PostgreSQL and Redis under
/// the data directory (unless URLs are given), every service on one RPC server, the queue workers,
/// the stuck-job sweeper and the gateway; prints the gateway URL and a demo key. Ctrl-C / SIGTERM
/// drains everything and stops the databases.
struct DevCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dev", abstract: "Run the whole mesh locally.")

    @Option(help: "Port of the HTTP gateway.") var gatewayPort = 8080
    @Option(help: "Port of the RPC server every service runs on.") var rpcPort = 7100
    @Option(help: "Port of /metrics.") var metricsPort = 9464
    @Option(help: "Write fresh keys as JSON {user, other_user, service, admin} to this file.") var keysFile: String?
    @Option(help: "Where the private databases keep their data.") var dataDir = ".mesh-data"
    @Option(help: "Use this PostgreSQL instead of starting one.") var postgresURL: String?
    @Option(help: "Use this Redis instead of starting one.") var redisURL: String?
    @Option var postgresPort = 55432
    @Option var redisPort = 56379
    @Option(help: "trace, debug, info, notice, warning, error, critical") var logLevel = "info"

    func run() async throws {
        guard let level = Logger.Level(rawValue: logLevel) else { throw ValidationError("--log-level: unknown level '\(logLevel)'") }
        let registry = ProcessObservability.bootstrap(level: level)
        let logger = Logger(label: "mesh.dev")

        var stack: LocalStack?
        if postgresURL == nil || redisURL == nil {
            stack = try LocalStack(dataDirectory: URL(fileURLWithPath: dataDir))
        }
        do {
            try await serve(stack: stack, registry: registry, logger: logger)
        } catch {
            await stack?.stop()
            throw error
        }
        await stack?.stop()
    }

    private func serve(stack: LocalStack?, registry: PrometheusCollectorRegistry, logger: Logger) async throws {
        let postgres: String
        if let postgresURL {
            postgres = postgresURL
        } else {
            postgres = try await stack.unwrapped().startPostgres(port: postgresPort)
        }
        let redis: String
        if let redisURL {
            redis = redisURL
        } else {
            redis = try await stack.unwrapped().startRedis(port: redisPort)
        }
        var configuration = try PipelineConfiguration.fromEnvironment(
            ProcessInfo.processInfo.environment.merging(["MESH_POSTGRES_URL": postgres, "MESH_REDIS_URL": redis]) { $1 })
        // Local use: the bundled sample is served from this machine.
        if configuration.scraper.allowCIDRs.isEmpty { configuration.scraper.allowCIDRs = "127.0.0.0/8" }
        let pipeline = try await PipelineServices.connect(configuration, logger: logger)

        let credential = ProcessInfo.processInfo.environment["MESH_SERVICE_CREDENTIAL"] ?? Secrets.random()
        let server = MeshServer(
            router: RPCRouter(services: try pipeline.makeRPCServices()),
            configuration: MeshServerConfiguration(
                host: "127.0.0.1", port: rpcPort,
                interceptors: ProcessObservability.serverInterceptors(credential: credential, logger: logger)),
            logger: logger)
        let mesh = MeshClient(
            resolver: StaticResolver([Endpoint(host: "127.0.0.1", port: rpcPort)]),
            configuration: MeshClientConfiguration(credential: credential), logger: logger)
        let rateLimit = Int(ProcessInfo.processInfo.environment["MESH_RATE_LIMIT_PER_MINUTE"] ?? "") ?? 600
        let gateway = MeshGateway(
            configuration: GatewayConfiguration(
                host: "127.0.0.1", port: gatewayPort, serviceTransport: { _ in mesh }, membershipTransport: mesh,
                serviceCredential: credential,
                rateLimiter: RateLimiter(pool: pipeline.redis, configuration: .init(limit: rateLimit, window: .seconds(60))),
                metrics: registry, logger: logger))
        let keys = try await DemoKeys.create(pipeline.membershipStore)
        if let keysFile { try keys.write(to: URL(fileURLWithPath: keysFile)) }

        var services: [any Service] = [mesh, server, pipeline.makeSweeper(), pipeline.makeMetricsReporter()]
        services += try pipeline.makeWorkers(orchestrator: mesh) as [any Service]
        services += [gateway, MetricsEndpoint(host: "127.0.0.1", port: metricsPort, registry: registry, logger: logger)]
        let group = ServiceGroup(
            configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        // Straight to the file descriptor: standard output may be a file or a pipe, buffered by print.
        FileHandle.standardOutput.write(Data(
            """
            mesh dev is running
              gateway   http://127.0.0.1:\(gatewayPort)   (OpenAPI: /openapi.json, health: /health)
              demo key  \(keys.user)
              rpc       127.0.0.1:\(rpcPort)   metrics http://127.0.0.1:\(metricsPort)/metrics
              postgres  \(postgres)
              redis     \(redis)
            Ctrl-C stops everything.

            """.utf8))
        try await group.run()
        mesh.close()
        await pipeline.shutdown()
    }
}

extension Optional where Wrapped == LocalStack {
    fileprivate func unwrapped() throws -> LocalStack {
        guard let self else { throw LocalStackError("no local stack") }
        return self
    }
}

/// Keys made at every start, for the README's curl lines and for automation (`--keys-file`).
struct DemoKeys {
    var user: String
    var otherUser: String
    var service: String
    var admin: String

    static func create(_ store: MembershipStore) async throws -> DemoKeys {
        DemoKeys(
            user: try await store.createKey(role: .user, label: "demo user").secret,
            otherUser: try await store.createKey(role: .user, label: "demo other user").secret,
            service: try await store.createKey(role: .service, label: "demo service").secret,
            admin: try await store.createKey(role: .admin, label: "demo admin").secret)
    }

    func write(to url: URL) throws {
        let json: JSONValue = ["user": .string(user), "other_user": .string(otherUser), "service": .string(service), "admin": .string(admin)]
        try Data(JSONWriter.prettyString(json).utf8).write(to: url, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    }
}

enum Secrets {
    /// 32 random bytes as hex.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}

import Prometheus
