import Foundation
import RedisClient
import RedisCoordination
import Synchronization
import RedisTestSupport
import Testing

@Suite(.enabled(if: TestRedis.isAvailable, "needs MESH_TEST_REDIS_URL"))
struct RateLimiterTests {
    let prefix = TestRedis.uniquePrefix()

    /// A settable clock, so refill is tested without sleeping.
    final class ManualClock: Sendable {
        let time = Mutex<Duration>(.seconds(1_700_000_000))
        func advance(_ by: Duration) { time.withLock { $0 += by } }
        var now: @Sendable () -> Duration { { [self] in self.time.withLock { $0 } } }
    }

    @Test func allowsExactlyLimitThenRefuses() async throws {
        try await TestRedis.withPool { (pool: RedisPool) async throws in
            let limiter = RateLimiter(
                pool: pool, configuration: .init(limit: 5, window: .seconds(60), keyPrefix: prefix))
            var remaining: [Int] = []
            for _ in 0..<5 {
                let decision = try await limiter.check(caller: "alice")
                #expect(decision.allowed)
                #expect(decision.limit == 5)
                #expect(decision.retryAfterSeconds == 0)
                remaining.append(decision.remaining)
            }
            #expect(remaining == [4, 3, 2, 1, 0])
            for _ in 0..<3 {
                let refused = try await limiter.check(caller: "alice")
                #expect(!refused.allowed)
                #expect(refused.remaining == 0)
                #expect(refused.retryAfterSeconds >= 1)
                #expect(refused.retryAfterSeconds <= 12)
            }
            // Another caller has its own budget.
            let bob = try await limiter.check(caller: "bob")
            #expect(bob.allowed)
            #expect(bob.remaining == 4)
            // The key expires by itself.
            let ttl = try await pool.send("PTTL", RedisArgument(prefix + "alice")).int ?? -1
            #expect(ttl > 0 && ttl <= 60_001)
        }
    }

    @Test func refillsOverTheWindowWithInjectedTime() async throws {
        try await TestRedis.withPool { (pool: RedisPool) async throws in
            let clock = ManualClock()
            let limiter = RateLimiter(
                pool: pool, configuration: .init(limit: 3, window: .seconds(3), keyPrefix: prefix), now: clock.now)
            for _ in 0..<3 { #expect(try await limiter.check(caller: "c").allowed) }
            let refused = try await limiter.check(caller: "c")
            #expect(!refused.allowed)
            #expect(refused.retryAfterSeconds == 1)

            clock.advance(.milliseconds(999))
            #expect(!(try await limiter.check(caller: "c").allowed))
            clock.advance(.milliseconds(1))
            let one = try await limiter.check(caller: "c")
            #expect(one.allowed)
            #expect(one.remaining == 0)
            #expect(!(try await limiter.check(caller: "c").allowed))

            // A full window later the whole burst is back.
            clock.advance(.seconds(3))
            var allowed = 0
            for _ in 0..<5 where try await limiter.check(caller: "c").allowed { allowed += 1 }
            #expect(allowed == 3)
        }
    }
}
