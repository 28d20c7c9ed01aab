import MeshCore

/// How a `MeshClient` finds, picks, connects to and retries a service's endpoints.
public struct MeshClientConfiguration: Sendable {
    public enum Balancing: Sendable {
        /// Two random available endpoints, the one with fewer calls in flight (the default).
        case powerOfTwoChoices
        case roundRobin
    }

    public var connection: MeshConnectionConfiguration
    public var balancing: Balancing
    /// One breaker per endpoint.
    public var breaker: CircuitBreaker.Configuration
    /// Only methods marked idempotent in the protos are retried, never past the deadline.
    public var retry: RetryPolicy
    public var retryBudget: RetryBudget.Configuration
    /// Delay before reconnecting to an endpoint after failed attempts.
    public var reconnectBackoff: Backoff
    /// How often `run()` re-resolves the endpoints (DNS).
    public var resolveInterval: Duration
    /// Sent as `authorization: Bearer …` on every call (the service credential).
    public var credential: String?
    public var interceptors: [any ClientInterceptor]

    public init(
        connection: MeshConnectionConfiguration = MeshConnectionConfiguration(),
        balancing: Balancing = .powerOfTwoChoices,
        breaker: CircuitBreaker.Configuration = CircuitBreaker.Configuration(),
        retry: RetryPolicy = RetryPolicy(),
        retryBudget: RetryBudget.Configuration = RetryBudget.Configuration(),
        reconnectBackoff: Backoff = Backoff(initial: .milliseconds(100), multiplier: 2, maximum: .seconds(10)),
        resolveInterval: Duration = .seconds(30),
        credential: String? = nil,
        interceptors: [any ClientInterceptor] = [ContextPropagationInterceptor()]
    ) {
        self.connection = connection
        self.balancing = balancing
        self.breaker = breaker
        self.retry = retry
        self.retryBudget = retryBudget
        self.reconnectBackoff = reconnectBackoff
        self.resolveInterval = resolveInterval
        self.credential = credential
        self.interceptors = interceptors
    }
}
