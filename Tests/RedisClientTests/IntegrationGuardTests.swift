import Foundation
import RedisTestSupport
import Testing

/// CI sets MESH_REQUIRE_INTEGRATION=1: then a missing MESH_TEST_REDIS_URL must fail the run
/// instead of silently disabling every Redis test.
@Test func redisURLIsSetWhenIntegrationIsRequired() {
    if ProcessInfo.processInfo.environment["MESH_REQUIRE_INTEGRATION"] == "1" {
        #expect(TestRedis.url != nil, "MESH_REQUIRE_INTEGRATION=1 but MESH_TEST_REDIS_URL is not set")
    }
}
