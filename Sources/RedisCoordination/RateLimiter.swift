import RedisClient

/// The outcome of one rate-limit check, ready for `X-RateLimit-*` and `Retry-After` headers.
public struct RateLimitDecision: Sendable, Hashable {
    /// Whether the request may proceed.
    public let allowed: Bool
    /// The configured requests per window.
    public let limit: Int
    /// Requests still allowed right now (0 when refused).
    public let remaining: Int
    /// When refused: whole seconds until a request will be allowed again (at least 1); 0 when allowed.
    public let retryAfterSeconds: Int
}

/// Per-caller rate limiting in Redis, shared by every gateway process: one atomic script call
/// per request (GCRA, a token bucket with burst = `limit` refilling evenly over `window`).
///
/// A fresh caller may make `limit` requests at once; after that one request per `window / limit`.
/// State is one key per caller, `<keyPrefix><caller>`, expiring when the bucket is full again.
///
/// Exactness: intervals are whole microseconds, which is exact while `window` (in µs) is at least
/// `limit²` — e.g. up to 1,000 per second or 7,700 per minute.
public final class RateLimiter: Sendable {
    /// The limit and where its keys live.
    public struct Configuration: Sendable, Hashable {
        /// Requests allowed per window.
        public var limit: Int
        /// The window.
        public var window: Duration
        /// Prefix of the per-caller keys.
        public var keyPrefix: String

        /// Creates a configuration (`limit` ≥ 1, `window` > 0; smaller values are raised to those).
        public init(limit: Int, window: Duration, keyPrefix: String = "mesh:ratelimit:") {
            self.limit = max(1, limit)
            self.window = max(window, .microseconds(1))
            self.keyPrefix = keyPrefix
        }
    }

    /// The limit.
    public let configuration: Configuration
    private let pool: RedisPool
    private let now: (@Sendable () -> Duration)?

    /// - Parameter now: time since 1970, for tests; nil uses the Redis server's clock (`TIME`), so
    ///   all gateways share one clock.
    public init(pool: RedisPool, configuration: Configuration, now: (@Sendable () -> Duration)? = nil) {
        self.pool = pool
        self.configuration = configuration
        self.now = now
    }

    /// Counts one request by `caller` and says whether it is allowed.
    public func check(caller: String) async throws(RedisError) -> RateLimitDecision {
        let nowMicroseconds = now.map { Int($0() / .microseconds(1)) } ?? -1
        let reply = try await pool.evaluate(
            Self.script,
            keys: [RedisArgument(configuration.keyPrefix + caller)],
            arguments: [
                RedisArgument(configuration.limit),
                RedisArgument(Int(configuration.window / .microseconds(1))),
                RedisArgument(nowMicroseconds),
            ])
        guard let parts = reply.elements, parts.count == 4, let allowed = parts[0].int, let limit = parts[1].int,
            let remaining = parts[2].int, let retryAfter = parts[3].int
        else {
            throw RedisError(.unexpectedReply, "rate limit script reply")
        }
        return RateLimitDecision(
            allowed: allowed == 1, limit: limit, remaining: remaining, retryAfterSeconds: retryAfter)
    }

    /// KEYS[1] caller key; ARGV: limit, window µs, now µs (-1: server TIME).
    /// The key holds the theoretical arrival time (TAT) in µs. Returns {allowed, limit, remaining,
    /// retryAfterSeconds}.
    static let script = RedisScript(
        """
        local limit = tonumber(ARGV[1])
        local period = tonumber(ARGV[2])
        local now = tonumber(ARGV[3])
        if now < 0 then
          local t = redis.call('TIME')
          now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        end
        local interval = math.max(1, math.floor(period / limit))
        local tat = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
        if tat < now then tat = now end
        local newTat = tat + interval
        local allowAt = newTat - period
        if allowAt > now then
          return {0, limit, 0, math.max(1, math.ceil((allowAt - now) / 1000000))}
        end
        redis.call('SET', KEYS[1], string.format('%.0f', newTat), 'PX', math.ceil((newTat - now) / 1000) + 1)
        local remaining = math.floor((period - (newTat - now)) / interval)
        return {1, limit, math.max(0, math.min(limit - 1, remaining)), 0}
        """)
}
