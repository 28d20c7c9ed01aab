import ArgumentParser
import Foundation
import Logging
import MeshCore
import MeshGateway
import MeshObservability
import MeshPipeline
import MeshTransport
import RedisCoordination
import ServiceLifecycle
import UnixSignals

/// `mesh serve <service> --listen HOST:PORT`: one service per process, configured by flags and
/// `MESH_*` environment variables (see README, "Configuration"). A bad setting is named in the error.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run one service of the mesh.")

    enum ServiceName: String, ExpressibleByArgument, CaseIterable {
        case gateway, membership, orchestrator, scraper, chunker, embedder, search
    }

    @Argument(help: "gateway | membership | orchestrator | scraper | chunker | embedder | search") var service: ServiceName
    @Option(help: "HOST:PORT to listen on (RPC; the gateway's HTTP port).") var listen: String?
    @Option(help: "Port of /metrics (default $MESH_METRICS_PORT or 9464).") var metricsPort: Int?
    @Option(help: "trace, debug, info, notice, warning, error, critical") var logLevel: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        guard let level = Logger.Level(rawValue: logLevel ?? environment["MESH_LOG_LEVEL"] ?? "info") else {
            throw ValidationError("--log-level / MESH_LOG_LEVEL: unknown level")
        }
        let (host, port) = try ListenAddress.resolve(listen: listen ?? environment["MESH_LISTEN"], port: nil)
        let metricsPort = try metricsPort ?? Self.integer(environment, "MESH_METRICS_PORT") ?? 9464
        let registry = ProcessObservability.bootstrap(level: level)
        var logger = Logger(label: "mesh.\(service.rawValue)")
        logger[metadataKey: "service"] = "\(service.rawValue)"
        let credential = environment["MESH_SERVICE_CREDENTIAL"].flatMap { $0.isEmpty ? nil : $0 }
        if credential == nil { logger.warning("MESH_SERVICE_CREDENTIAL is not set: internal calls are not authenticated") }

        var services: [any Service] = [MetricsEndpoint(host: host, port: metricsPort, registry: registry, logger: logger)]
        var cleanup: [@Sendable () async -> Void] = []
        if service == .gateway {
            services.append(try gateway(host: host, port: port, credential: credential, registry: registry, logger: logger, environment: environment))
        } else {
            let configuration = try PipelineConfiguration.fromEnvironment(environment)
            let pipeline = try await PipelineServices.connect(configuration, logger: logger)
            cleanup.append { await pipeline.shutdown() }
            let rpc: any RPCService
            var extra: [any Service] = []
            switch service {
            case .membership: rpc = pipeline.makeMembership()
            case .orchestrator:
                rpc = pipeline.makeOrchestrator()
                extra.append(pipeline.makeSweeper())
                extra.append(pipeline.makeMetricsReporter())
            case .scraper, .chunker, .embedder:
                switch service {
                case .scraper: rpc = try pipeline.makeScraper()
                case .chunker: rpc = pipeline.makeChunker()
                default: rpc = try pipeline.makeEmbedder()
                }
                let orchestrator = try client(for: "MESH_ORCHESTRATOR_ENDPOINTS", credential: credential, logger: logger, environment: environment)
                extra.append(orchestrator)
                let stage: PipelineStage = service == .scraper ? .scraping : service == .chunker ? .chunking : .embedding
                extra += try pipeline.makeWorkers(orchestrator: orchestrator, stages: [stage]) as [any Service]
            case .search: rpc = try pipeline.makeSearch()
            case .gateway: preconditionFailure("handled above")
            }
            let server = MeshServer(
                router: RPCRouter(services: [rpc]),
                configuration: MeshServerConfiguration(
                    host: host, port: port,
                    interceptors: ProcessObservability.serverInterceptors(credential: credential, logger: logger)),
                logger: logger)
            services += [server] + extra
        }
        let group = ServiceGroup(configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
        for step in cleanup { await step() }
    }

    private func gateway(
        host: String, port: Int, credential: String?, registry: PrometheusCollectorRegistry, logger: Logger,
        environment: [String: String]
    ) throws -> any Service {
        var clients: [String: MeshClient] = [:]
        for (service, variable) in [
            ("mesh.pipeline.v1.Membership", "MESH_MEMBERSHIP_ENDPOINTS"), ("mesh.pipeline.v1.Orchestrator", "MESH_ORCHESTRATOR_ENDPOINTS"),
            ("mesh.pipeline.v1.Scraper", "MESH_SCRAPER_ENDPOINTS"), ("mesh.pipeline.v1.Chunker", "MESH_CHUNKER_ENDPOINTS"),
            ("mesh.pipeline.v1.Embedder", "MESH_EMBEDDER_ENDPOINTS"), ("mesh.pipeline.v1.Search", "MESH_SEARCH_ENDPOINTS"),
        ] {
            clients[service] = try client(for: variable, credential: credential, logger: logger, environment: environment)
        }
        guard let membership = clients["mesh.pipeline.v1.Membership"] else { throw ValidationError("MESH_MEMBERSHIP_ENDPOINTS is required") }
        var rateLimiter: RateLimiter?
        if let redisURL = environment["MESH_REDIS_URL"] {
            let redis = RedisPool(configuration: try RedisConfiguration(url: redisURL))
            let limit = try Self.integer(environment, "MESH_RATE_LIMIT_PER_MINUTE") ?? 600
            rateLimiter = RateLimiter(pool: redis, configuration: .init(limit: limit, window: .seconds(60)))
        } else {
            logger.warning("MESH_REDIS_URL is not set: no rate limiting")
        }
        let frozen = clients
        return GatewayService(
            gateway: MeshGateway(
                configuration: GatewayConfiguration(
                    host: host, port: port, serviceTransport: { frozen[$0] }, membershipTransport: membership,
                    serviceCredential: credential, rateLimiter: rateLimiter, metrics: registry, logger: logger)),
            clients: Array(clients.values))
    }

    private func client(for variable: String, credential: String?, logger: Logger, environment: [String: String]) throws -> MeshClient {
        guard let spec = environment[variable], !spec.isEmpty else { throw ValidationError("\(variable) is required (host:port[,host:port] or dns:///host:port)") }
        return MeshClient(
            resolver: try EndpointSpec.resolver(spec, setting: variable),
            configuration: MeshClientConfiguration(credential: credential), logger: logger)
    }

    static func integer(_ environment: [String: String], _ name: String) throws -> Int? {
        guard let text = environment[name], !text.isEmpty else { return nil }
        guard let value = Int(text), value > 0 else { throw ValidationError("\(name) must be a positive integer, got '\(text)'") }
        return value
    }
}

/// The gateway plus the mesh clients it calls through, run (DNS refresh) and stopped together.
struct GatewayService: Service {
    let gateway: MeshGateway
    let clients: [MeshClient]

    func run() async throws {
        try await withThrowingDiscardingTaskGroup { group in
            for client in clients { group.addTask { try await client.run() } }
            try await gateway.run()
            group.cancelAll()
        }
    }
}

import Prometheus
import RedisClient
