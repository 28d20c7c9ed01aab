public import Logging
public import MeshCore
public import Prometheus

/// Everything the gateway needs: where to listen, how to reach each service, and its policies.
public struct GatewayConfiguration: Sendable {
    /// Listen address; port 0 picks a free port (see `MeshGateway.onServerRunning`).
    public var host: String
    public var port: Int

    /// The transport for a service, by full service name (`MethodDescriptor.service`, e.g.
    /// "mesh.pipeline.v1.Orchestrator"); nil = not configured (its routes answer 503).
    public var serviceTransport: @Sendable (String) -> (any ClientTransport)?
    /// Where `mesh.pipeline.v1.Membership/ValidateKey` is called.
    public var membershipTransport: any ClientTransport
    /// Sent as `authorization: Bearer …` on every call to a service (and to membership).
    public var serviceCredential: String?

    /// Per-caller limits (Redis). nil = no limit and no `X-RateLimit-*` headers.
    /// When the limiter fails (Redis down) the gateway fails open and logs a warning.
    public var rateLimiter: (any CallerRateLimiting)?

    /// Which addresses are internal (for `internal_only` routes and `/metrics`).
    public var clientAddresses: ClientAddressPolicy

    /// Deadline of each call to a service, unless `routeDeadlines` names the route ("POST /scrape").
    public var defaultDeadline: Duration
    /// Per-route deadlines, keyed "VERB /path/template".
    public var routeDeadlines: [String: Duration]
    /// Extra text for a 504 on a route, keyed like `routeDeadlines` (e.g. point slow scrapes at POST /jobs).
    public var deadlineHints: [String: String]

    /// Largest accepted request body; beyond it 413.
    public var maxBodyBytes: Int
    /// Unknown JSON fields are an error (422) when true.
    public var strictJSON: Bool

    public var authentication: AuthenticationConfiguration
    public var serverSentEvents: ServerSentEventsConfiguration
    public var health: HealthConfiguration

    /// Where the gateway's metrics are registered and `/metrics` reads them from.
    public var metrics: PrometheusCollectorRegistry
    public var logger: Logger

    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        serviceTransport: @escaping @Sendable (String) -> (any ClientTransport)?,
        membershipTransport: any ClientTransport,
        serviceCredential: String? = nil,
        rateLimiter: (any CallerRateLimiting)? = nil,
        clientAddresses: ClientAddressPolicy = ClientAddressPolicy(),
        defaultDeadline: Duration = .seconds(10),
        routeDeadlines: [String: Duration] = ["POST /scrape": .seconds(30)],
        deadlineHints: [String: String] = [
            "POST /scrape": "the page did not arrive in time; submit it with POST /jobs to ingest it in the background"
        ],
        maxBodyBytes: Int = 1 << 20,
        strictJSON: Bool = true,
        authentication: AuthenticationConfiguration = AuthenticationConfiguration(),
        serverSentEvents: ServerSentEventsConfiguration = ServerSentEventsConfiguration(),
        health: HealthConfiguration = HealthConfiguration(),
        metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
        logger: Logger = Logger(label: "mesh.gateway")
    ) {
        self.host = host
        self.port = port
        self.serviceTransport = serviceTransport
        self.membershipTransport = membershipTransport
        self.serviceCredential = serviceCredential
        self.rateLimiter = rateLimiter
        self.clientAddresses = clientAddresses
        self.defaultDeadline = defaultDeadline
        self.routeDeadlines = routeDeadlines
        self.deadlineHints = deadlineHints
        self.maxBodyBytes = maxBodyBytes
        self.strictJSON = strictJSON
        self.authentication = authentication
        self.serverSentEvents = serverSentEvents
        self.health = health
        self.metrics = metrics
        self.logger = logger
    }

    /// Convenience: transports from a dictionary keyed by full service name.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, services: [String: any ClientTransport],
        membershipTransport: any ClientTransport, serviceCredential: String? = nil
    ) {
        self.init(
            host: host, port: port, serviceTransport: { services[$0] }, membershipTransport: membershipTransport,
            serviceCredential: serviceCredential)
    }

    func deadline(forRoute key: String) -> Duration { routeDeadlines[key] ?? defaultDeadline }
}

/// API-key validation through membership: the cache and the breaker.
public struct AuthenticationConfiguration: Sendable {
    /// How long a valid key is trusted without asking membership (so a revoked key works at most this long).
    public var cacheTTL: Duration
    /// How long an unknown key is remembered as unknown (0 = not at all). Short, so a new key works at once.
    public var negativeCacheTTL: Duration
    /// Most cached keys; beyond it expired entries are dropped, then the oldest.
    public var maxCachedKeys: Int
    /// Deadline of one `ValidateKey` call.
    public var membershipTimeout: Duration
    /// Consecutive membership failures that open the breaker, and how long it stays open before a probe.
    public var breaker: CircuitBreaker.Configuration
    /// The clock of the cache and the breaker; tests pass a manual one.
    public var now: @Sendable () -> ContinuousClock.Instant

    public init(
        cacheTTL: Duration = .seconds(60),
        negativeCacheTTL: Duration = .seconds(2),
        maxCachedKeys: Int = 100_000,
        membershipTimeout: Duration = .seconds(2),
        breaker: CircuitBreaker.Configuration = CircuitBreaker.Configuration(
            failureThreshold: 3, coolDown: .seconds(5), probeTimeout: .seconds(5)),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.cacheTTL = cacheTTL
        self.negativeCacheTTL = negativeCacheTTL
        self.maxCachedKeys = maxCachedKeys
        self.membershipTimeout = membershipTimeout
        self.breaker = breaker
        self.now = now
    }
}

/// `text/event-stream` routes.
public struct ServerSentEventsConfiguration: Sendable {
    /// A `: ping` comment is sent this often, which also notices a client that went away.
    public var heartbeatInterval: Duration
    /// How long to wait for the first event before sending 200 headers; an error that arrives in this
    /// window still gets a normal error response (404 for an unknown job).
    public var firstEventWait: Duration
    /// Events buffered between the service stream and a slow client before the stream waits.
    public var bufferedEvents: Int
    /// The `event:` name per route ("VERB /path/template"); other routes use "message".
    public var eventNames: [String: String]

    public init(
        heartbeatInterval: Duration = .seconds(15), firstEventWait: Duration = .seconds(1), bufferedEvents: Int = 16,
        eventNames: [String: String] = ["GET /jobs/{job_id}/events": "job"]
    ) {
        self.heartbeatInterval = heartbeatInterval
        self.firstEventWait = firstEventWait
        self.bufferedEvents = max(1, bufferedEvents)
        self.eventNames = eventNames
    }
}

/// `GET /health`: which services to ask, and how patiently.
public struct HealthConfiguration: Sendable {
    /// Full service names to check; nil = every service the route table uses, plus membership.
    public var services: [String]?
    /// Deadline of each `mesh.v1.Health/Check`.
    public var checkTimeout: Duration

    public init(services: [String]? = nil, checkTimeout: Duration = .seconds(1)) {
        self.services = services
        self.checkTimeout = checkTimeout
    }
}
