import MeshContracts
import MeshCore

/// `mesh.gateway.v1.Gateway/Health` (the public `GET /health`): asks `mesh.v1.Health/Check` of every
/// service the gateway depends on, concurrently and with a short deadline, and reports
/// `{"status": "ok"|"degraded", "services": {name: "serving"|"not_serving"|"unreachable"}}`.
struct GatewayHealthService: GatewayV1.GatewayService {
    /// One dependency: the name shown in the report, the full service name asked about, its transport.
    struct Check: Sendable {
        var name: String
        var service: String
        var transport: (any ClientTransport)?
    }

    let checks: [Check]
    let timeout: Duration

    /// The dependencies: the configured list, or every service the route table calls, plus membership.
    static func checks(configuration: GatewayConfiguration) -> [Check] {
        let membership = PipelineV1.Membership.serviceName
        let services = configuration.health.services
            ?? (Set(GatewayRouteTable.routes.map(\.method.service)).subtracting([GatewayV1.Gateway.serviceName]).sorted()
                + [membership])
        return services.map { service in
            Check(
                name: displayName(service), service: service,
                transport: service == membership ? configuration.membershipTransport : configuration.serviceTransport(service))
        }
    }

    /// "mesh.pipeline.v1.Orchestrator" → "orchestrator".
    static func displayName(_ service: String) -> String {
        (service.split(separator: ".").last.map(String.init) ?? service).lowercased()
    }

    func health(_ request: GatewayV1.GatewayHealthRequest, context: ServerContext) async throws
        -> GatewayV1.GatewayHealthResponse
    {
        let timeout = timeout
        let results = await withTaskGroup(of: (String, String).self) { group in
            for check in checks {
                group.addTask { (check.name, await Self.status(of: check, timeout: timeout)) }
            }
            var results: [String: String] = [:]
            for await (name, status) in group { results[name] = status }
            return results
        }
        let healthy = results.values.allSatisfy { $0 == "serving" }
        return GatewayV1.GatewayHealthResponse(status: healthy ? "ok" : "degraded", services: results)
    }

    private static func status(of check: Check, timeout: Duration) async -> String {
        guard let transport = check.transport else { return "unreachable" }
        do {
            let response = try await MeshV1.HealthClient(transport: transport).check(
                MeshV1.HealthCheckRequest(service: check.service), options: CallOptions(timeout: timeout))
            return response.status == .serving ? "serving" : "not_serving"
        } catch {
            // The server answered but does not serve that service: it is up, the service is not.
            return RPCError(mapping: error).code == .notFound ? "not_serving" : "unreachable"
        }
    }
}
