import HTTPTypes
public import Hummingbird
import MeshContracts
import MeshJSON
public import NIOCore
import Prometheus
public import ServiceLifecycle

/// The HTTP/JSON gateway (SPEC §7): every route of the generated `GatewayRouteTable` served on
/// Hummingbird, translated into binary RPC calls. Adding an annotated method to the protos adds a route.
///
/// Run it as a `Service` in the process's `ServiceGroup`, or build the router / application for tests.
public struct MeshGateway: Service, Sendable {
    public let configuration: GatewayConfiguration
    private let core: GatewayCore

    public init(configuration: GatewayConfiguration) {
        self.configuration = configuration
        self.core = GatewayCore(configuration: configuration)
    }

    /// The router with every route: the generated table, `GET /openapi.json` and `GET /metrics`.
    public func makeRouter() -> Router<GatewayRequestContext> {
        let router = Router(context: GatewayRequestContext.self)
        let routes = GatewayRouteTable.routes
        let extra = [("GET", "/openapi.json"), ("GET", "/metrics")]
        router.add(
            middleware: GatewayMiddleware(
                routes: routes.map { ($0.verb, $0.pathTemplate) } + extra.map { (verb: $0.0, template: $0.1) },
                metrics: core.metrics))
        for route in routes {
            let handler = RouteHandler(route: route, core: core)
            router.on(
                RouterPath(PathTemplate(route.pathTemplate).hummingbirdPath),
                method: HTTPRequest.Method(route.verb) ?? .get
            ) { request, context in
                await handler.respond(to: request, context: context)
            }
        }
        let document = ByteBuffer(string: GatewayOpenAPI.document)
        router.get("/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: document))
        }
        let core = core
        router.get("/metrics") { request, context in
            // Metrics describe internals: only internal addresses may read them.
            let policy = core.configuration.clientAddresses
            let address = policy.clientAddress(
                peer: context.remoteAddress?.ipAddress.flatMap(IPAddress.init),
                forwardedFor: HTTPField.Name("X-Forwarded-For").map { request.headers[values: $0] } ?? [])
            guard policy.isInternal(address) else {
                return RouteHandler.errorResponse(
                    GatewayError(status: 403, code: "forbidden", message: "metrics are only served to internal addresses"))
            }
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: core.metrics.registry.emitToBuffer())))
        }
        return router
    }

    /// The Hummingbird application listening on `configuration.host:port`.
    /// - Parameter onServerRunning: called with the listening channel (its `localAddress` has the port
    ///   when `port` is 0).
    public func makeApplication(
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: makeRouter(),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: onServerRunning,
            logger: configuration.logger)
    }

    /// Serves until the service group shuts down gracefully.
    public func run() async throws {
        try await makeApplication().run()
    }
}
