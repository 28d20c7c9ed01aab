import Foundation
import RedisClient
import RedisCoordination
import RedisTestSupport
import Testing

@Suite(.enabled(if: TestRedis.isAvailable, "needs MESH_TEST_REDIS_URL"))
struct MemoryPolicyTests {
    @Test func noevictionIsOK() async throws {
        try await TestRedis.withPool { (pool: RedisPool) async throws in
            let report = try await RedisMemoryPolicy.check(pool)
            #expect(report.policy == "noeviction")
            #expect(report.isOK)
            #expect(report.warning == nil)
            #expect(report.maxMemoryBytes != nil)
        }
    }

    /// Runs on a private server: flipping the shared test server's policy could let it evict
    /// other tests' keys.
    @Test func evictionPolicyIsReportedAsARisk() async throws {
        let server = try await PrivateRedis.start()
        let pool = try RedisPool(url: server.url, poolSize: 1)
        do {
            _ = try await pool.send("CONFIG", "SET", "maxmemory-policy", "allkeys-lru")
            let report = try await RedisMemoryPolicy.check(pool)
            #expect(!report.isOK)
            #expect(report.policy == "allkeys-lru")
            #expect(report.maxMemoryBytes == 64 * 1024 * 1024)
            #expect(
                report.warning
                    == "maxmemory-policy is allkeys-lru: Redis may silently evict queued tasks; set noeviction")
            _ = try await pool.send("CONFIG", "SET", "maxmemory-policy", "noeviction")
            #expect(try await RedisMemoryPolicy.check(pool).isOK)
        } catch {
            Issue.record(error)
        }
        await pool.shutdown()
        await server.remove()
    }
}
