import Logging
import MeshContracts
import MeshCore
import Synchronization

/// Resolves `X-API-Key` to a caller through membership's `ValidateKey`, with a TTL cache in front and
/// a circuit breaker around membership.
///
/// - A cache hit never calls membership. A valid key is cached for `cacheTTL` (60 s), so a revoked key
///   stops working within that time; an unknown key only for `negativeCacheTTL`.
/// - UNAUTHENTICATED from membership → 401. Any other failure (UNAVAILABLE, DEADLINE_EXCEEDED,
///   INTERNAL, …) → 503 and counts towards the breaker; once it is open, requests that miss the cache
///   get 503 at once without calling membership until the cool-down passes and a probe succeeds.
final class KeyAuthenticator: Sendable {
    enum Outcome: Sendable {
        case authenticated(AuthenticatedCaller)
        case rejected(GatewayError)
    }

    private let membership: PipelineV1.MembershipClient
    private let configuration: AuthenticationConfiguration
    private let cache: Mutex<KeyCache>
    private let breaker: CircuitBreaker
    private let metrics: GatewayMetrics
    private let logger: Logger

    init(
        membership: any ClientTransport, configuration: AuthenticationConfiguration, metrics: GatewayMetrics,
        logger: Logger
    ) {
        self.membership = PipelineV1.MembershipClient(transport: membership)
        self.configuration = configuration
        self.cache = Mutex(KeyCache(capacity: configuration.maxCachedKeys))
        self.metrics = metrics
        self.logger = logger
        self.breaker = CircuitBreaker(configuration: configuration.breaker, now: configuration.now) { transition in
            metrics.membershipBreakerState(transition.to)
            logger.warning(
                "membership circuit breaker state change",
                metadata: ["event": "circuit_breaker_state_change", "from": "\(transition.from)", "to": "\(transition.to)"])
        }
        metrics.membershipBreakerState(.closed)
    }

    /// The breaker's current state (for health and tests).
    var breakerState: CircuitBreaker.State { breaker.state }

    /// Validates `apiKey`. `metadata` (request id, trace context, service credential) goes to membership.
    func authenticate(apiKey: String?, metadata: Metadata) async -> Outcome {
        guard let apiKey, !apiKey.isEmpty else {
            return .rejected(GatewayError(status: 401, code: "unauthenticated", message: "missing X-API-Key header"))
        }
        let now = configuration.now()
        switch cache.withLock({ $0.lookup(apiKey, now: now) }) {
        case .valid(let caller)?:
            metrics.authCache(hit: true)
            return .authenticated(caller)
        case .unknown?:
            metrics.authCache(hit: true)
            return .rejected(Self.unknownKey)
        case nil:
            metrics.authCache(hit: false)
        }

        let admission = breaker.admit()
        guard admission.isAllowed else {
            var error = Self.membershipDown
            if case .rejected(let retryAfter) = admission {
                error.headers.append(("Retry-After", String(max(1, Int((retryAfter / .seconds(1)).rounded(.up))))))
            }
            return .rejected(error)
        }
        do {
            let response = try await membership.validateKey(
                PipelineV1.ValidateKeyRequest(apiKey: apiKey),
                options: CallOptions(timeout: configuration.membershipTimeout, metadata: metadata))
            breaker.record(.success)
            let context = response.caller ?? PipelineV1.CallerContext()
            let caller = AuthenticatedCaller(callerID: context.callerID, role: Self.roleName(context.role))
            guard !caller.callerID.isEmpty, !caller.role.isEmpty else {
                // A key without an identity or a known role cannot be authorized for anything.
                return .rejected(Self.unknownKey)
            }
            store(.valid(caller), for: apiKey, ttl: configuration.cacheTTL)
            return .authenticated(caller)
        } catch {
            let rpcError = RPCError(mapping: error)
            if rpcError.code == .unauthenticated {
                breaker.record(.success)
                store(.unknown, for: apiKey, ttl: configuration.negativeCacheTTL)
                return .rejected(Self.unknownKey)
            }
            breaker.record(rpcError.code == .cancelled ? .neutral : .failure)
            logger.warning(
                "membership ValidateKey failed", metadata: ["code": "\(rpcError.code)", "reason": "\(rpcError.reason)"])
            return .rejected(Self.membershipDown)
        }
    }

    private func store(_ entry: KeyCache.Entry, for key: String, ttl: Duration) {
        guard ttl > .zero else { return }
        let now = configuration.now()
        cache.withLock { $0.store(entry, for: key, until: now.advanced(by: ttl), now: now) }
    }

    private static let unknownKey = GatewayError(
        status: 401, code: "unauthenticated", message: "the API key is unknown or revoked")
    private static let membershipDown = GatewayError(
        status: 503, code: "membership_unavailable", message: "cannot validate API keys right now; retry shortly")

    static func roleName(_ role: MeshV1.CallerRole) -> String {
        switch role {
        case .user: "user"
        case .service: "service"
        case .admin: "admin"
        case .unspecified, .unrecognized: ""
        }
    }
}
