import Hummingbird
import Logging
import MeshContracts
import MeshCore

/// What every route handler shares: configuration, the authenticator, the rate limit, the transports.
final class GatewayCore: Sendable {
    let configuration: GatewayConfiguration
    let authenticator: KeyAuthenticator
    let rateLimit: RateLimitGate
    let bodyReader: JSONBodyReader
    let metrics: GatewayMetrics
    /// The gateway's own services (Health), served in-process.
    let ownServices: InProcessTransport
    let logger: Logger

    init(configuration: GatewayConfiguration) {
        self.configuration = configuration
        self.logger = configuration.logger
        self.metrics = GatewayMetrics(registry: configuration.metrics)
        self.authenticator = KeyAuthenticator(
            membership: configuration.membershipTransport, configuration: configuration.authentication,
            metrics: metrics, logger: configuration.logger)
        self.rateLimit = RateLimitGate(limiter: configuration.rateLimiter, logger: configuration.logger)
        self.bodyReader = JSONBodyReader(maxBytes: configuration.maxBodyBytes)
        let health = GatewayHealthService(
            checks: GatewayHealthService.checks(configuration: configuration), timeout: configuration.health.checkTimeout)
        self.ownServices = InProcessTransport(services: [health])
    }

    /// The transport for a route's service: the gateway's own, or the configured one.
    func transport(for service: String) -> (any ClientTransport)? {
        service == GatewayV1.Gateway.serviceName ? ownServices : configuration.serviceTransport(service)
    }

    /// Metadata every call carries: identity, request id, trace context and the service credential.
    func callMetadata(caller: AuthenticatedCaller?, context: GatewayRequestContext) -> Metadata {
        var metadata = Metadata()
        if let caller {
            metadata.add(MetadataKey.callerID, caller.callerID)
            metadata.add(MetadataKey.callerRole, caller.role)
        }
        metadata.add(MetadataKey.requestID, context.requestID)
        metadata.add(MetadataKey.traceparent, context.traceparent)
        if let credential = configuration.serviceCredential, !credential.isEmpty {
            metadata.add(MetadataKey.authorization, "Bearer \(credential)")
        }
        return metadata
    }
}
