public import RedisCoordination

/// Counts a request by a caller against its limit. `RateLimiter` (Redis) is the production one.
public protocol CallerRateLimiting: Sendable {
    /// The configured requests per window (for headers when the check itself failed).
    var limit: Int { get }
    /// Counts one request by `caller`; throws when the store is unreachable.
    func check(caller: String) async throws -> RateLimitDecision
}

extension RateLimiter: CallerRateLimiting {
    /// The configured requests per window.
    public var limit: Int { configuration.limit }
}
