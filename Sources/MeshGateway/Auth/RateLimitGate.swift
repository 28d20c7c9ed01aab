import Logging
import RedisCoordination
import Synchronization

/// Applies the rate limit and turns its decision into headers. Fails open: when the limiter throws
/// (Redis down) the request proceeds, the headers show the full limit, and one warning is logged
/// per outage (not per request), plus a note when it recovers.
final class RateLimitGate: Sendable {
    struct Verdict: Sendable {
        var allowed: Bool
        var headers: [(name: String, value: String)]
        var retryAfterSeconds: Int
    }

    let limiter: (any CallerRateLimiting)?
    let logger: Logger
    private let failing = Mutex(false)

    init(limiter: (any CallerRateLimiting)?, logger: Logger) {
        self.limiter = limiter
        self.logger = logger
    }

    func check(caller: String) async -> Verdict {
        guard let limiter else { return Verdict(allowed: true, headers: [], retryAfterSeconds: 0) }
        do {
            let decision = try await limiter.check(caller: caller)
            if failing.withLock({ wasFailing in
                defer { wasFailing = false }
                return wasFailing
            }) {
                logger.notice("rate limiter reachable again; limits are enforced")
            }
            var headers: [(name: String, value: String)] = [
                ("X-RateLimit-Limit", String(decision.limit)),
                ("X-RateLimit-Remaining", String(decision.allowed ? decision.remaining : 0)),
            ]
            if !decision.allowed { headers.append(("Retry-After", String(max(1, decision.retryAfterSeconds)))) }
            return Verdict(allowed: decision.allowed, headers: headers, retryAfterSeconds: decision.retryAfterSeconds)
        } catch {
            if !failing.withLock({ wasFailing in
                defer { wasFailing = true }
                return wasFailing
            }) {
                logger.warning(
                    "rate limiter unavailable; failing open (requests are not limited until it recovers)",
                    metadata: ["error": "\(error)"])
            }
            return Verdict(
                allowed: true,
                headers: [("X-RateLimit-Limit", String(limiter.limit)), ("X-RateLimit-Remaining", String(limiter.limit))],
                retryAfterSeconds: 0)
        }
    }
}
