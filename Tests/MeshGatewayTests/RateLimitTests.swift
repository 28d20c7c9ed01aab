import Foundation
import HTTPTypes
import HummingbirdTesting
import MeshCore
import MeshGateway
import MeshJSON
import NIOCore
import RedisClient
import RedisCoordination
import Testing

/// `MESH_TEST_REDIS_URL`, e.g. `redis://127.0.0.1:56379` (start one with `deploy/local/redis.sh start DIR PORT`).
enum TestRedis {
    static let url = ProcessInfo.processInfo.environment["MESH_TEST_REDIS_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static var isAvailable: Bool { url != nil }
}

/// CI sets MESH_REQUIRE_INTEGRATION=1: then a missing MESH_TEST_REDIS_URL fails the run instead of
/// silently disabling the rate-limit tests.
@Test func redisURLIsSetWhenIntegrationIsRequired() {
    if ProcessInfo.processInfo.environment["MESH_REQUIRE_INTEGRATION"] == "1" {
        #expect(TestRedis.url != nil, "MESH_REQUIRE_INTEGRATION=1 but MESH_TEST_REDIS_URL is not set")
    }
}

/// Per-caller limits in real Redis: headers on every authenticated response, 429 with Retry-After.
@Suite(.enabled(if: TestRedis.isAvailable, "needs MESH_TEST_REDIS_URL"))
struct RateLimitTests {
    let prefix = "test:gateway:\(UUID().uuidString.prefix(8)):"

    @Test func everyAuthenticatedResponseCarriesHeadersAndTheLimitGives429() async throws {
        let pool = try RedisPool(url: try #require(TestRedis.url), poolSize: 2)
        let limiter = RateLimiter(pool: pool, configuration: .init(limit: 4, window: .seconds(60), keyPrefix: prefix))
        let mesh = TestMesh()
        do {
            try await mesh.withGateway({ $0.rateLimiter = limiter }) { client in
                let ok = try await client.call(.get, "/jobs")
                #expect(ok.status.code == 200)
                #expect(ok.header("X-RateLimit-Limit") == "4")
                #expect(ok.header("X-RateLimit-Remaining") == "3")

                // Errors after authentication carry them too.
                let notFound = try await client.call(.get, "/jobs/unknown")
                expectEnvelope(notFound, status: 404)
                #expect(notFound.header("X-RateLimit-Remaining") == "2")
                let invalid = try await client.call(.post, "/jobs", json: "{")
                expectEnvelope(invalid, status: 422)
                #expect(invalid.header("X-RateLimit-Remaining") == "1")
                let forbidden = try await client.call(.post, "/embed", json: "{}")
                expectEnvelope(forbidden, status: 403)
                #expect(forbidden.header("X-RateLimit-Remaining") == "0")

                let limited = try await client.call(.get, "/jobs")
                expectEnvelope(limited, status: 429, code: "rate_limited")
                #expect(limited.header("X-RateLimit-Limit") == "4")
                #expect(limited.header("X-RateLimit-Remaining") == "0")
                #expect(Int(limited.header("Retry-After") ?? "") ?? 0 >= 1)

                // Another caller has its own budget; unauthenticated requests are not counted.
                let bob = try await client.call(.get, "/jobs", key: TestMesh.otherUserKey)
                #expect(bob.status.code == 200)
                #expect(bob.header("X-RateLimit-Remaining") == "3")
                let anonymous = try await client.call(.get, "/jobs", key: nil)
                #expect(anonymous.header("X-RateLimit-Limit") == nil)
            }
            await pool.shutdown()
        } catch {
            await pool.shutdown()
            throw error
        }
    }
}

/// Redis down: requests still pass (fail open), with the configured limit in the headers.
@Test func rateLimiterDownFailsOpen() async throws {
    // A port nothing listens on: connecting fails at once.
    var configuration = RedisConfiguration(host: "127.0.0.1", port: 1)
    configuration.connectTimeout = .milliseconds(200)
    configuration.poolSize = 1
    let pool = RedisPool(configuration: configuration)
    let limiter = RateLimiter(pool: pool, configuration: .init(limit: 10, window: .seconds(60)))
    let mesh = TestMesh()
    do {
        try await mesh.withGateway({ $0.rateLimiter = limiter }) { client in
            for _ in 0..<3 {
                let response = try await client.call(.get, "/jobs")
                #expect(response.status.code == 200)
                #expect(response.header("X-RateLimit-Limit") == "10")
                #expect(response.header("X-RateLimit-Remaining") == "10")
            }
        }
        await pool.shutdown()
    } catch {
        await pool.shutdown()
        throw error
    }
}
