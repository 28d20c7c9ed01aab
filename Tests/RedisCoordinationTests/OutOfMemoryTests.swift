import Foundation
import RedisClient
import RedisCoordination
import RedisTestSupport
import Testing

/// Redis full: a refused write is a quick, typed error, nothing is lost silently, and the same
/// queue works again once memory is raised. Needs no shared server (it starts its own) but runs
/// with the other integration tests.
@Suite(.enabled(if: TestRedis.isAvailable, "needs MESH_TEST_REDIS_URL"))
struct OutOfMemoryTests {
    @Test func fullRedisFailsFastAndRecovers() async throws {
        let server = try await PrivateRedis.start(maxMemory: "1mb")
        let pool = try RedisPool(url: server.url, poolSize: 2)
        do {
            let queue = WorkQueue(
                pool: pool, configuration: .init(stream: "oom:queue", maxDepth: 1_000_000))
            let payload = [UInt8](repeating: 0x5A, count: 8 * 1024)
            var accepted = 0
            var failure: WorkQueueError?
            var failureLatency: Duration = .zero
            for _ in 0..<1_000 where failure == nil {
                let started = ContinuousClock.now
                do {
                    try await queue.enqueue(payload)
                    accepted += 1
                } catch {
                    failure = error
                    failureLatency = started.duration(to: .now)
                }
            }
            #expect(accepted > 0)
            let error = try #require(failure)
            #expect(error.code == .outOfMemory)
            #expect(error.cause?.code == .outOfMemory)
            #expect(failureLatency < .seconds(1))
            // Every accepted task is really there: nothing was dropped.
            #expect(try await queue.depth() == accepted)

            // Still full: refused again, still fast.
            let again = await #expect(throws: WorkQueueError.self) { try await queue.enqueue(payload) }
            #expect(again?.code == .outOfMemory)

            _ = try await pool.send("CONFIG", "SET", "maxmemory", "64mb")
            let id = try await queue.enqueue(payload, fields: ["after": "oom"])
            #expect(try await queue.depth() == accepted + 1)
            // And the queue delivers everything, the new task last.
            let result = try await queue.consume(consumer: "a", count: accepted + 1, block: .zero)
            #expect(result.tasks.count == accepted + 1)
            #expect(result.tasks.last?.id == id)
            #expect(try await queue.ack(result.tasks) == accepted + 1)
            #expect(try await queue.depth() == 0)
        } catch {
            Issue.record(error)
        }
        await pool.shutdown()
        await server.remove()
    }

    /// 4mb rather than 1mb: an empty Redis already uses ~0.9 MB, and draining must free clearly
    /// more than the allocator noise for the final enqueue to fit.
    @Test func acksStillWorkWhileRedisIsFull() async throws {
        let server = try await PrivateRedis.start(maxMemory: "4mb")
        let pool = try RedisPool(url: server.url, poolSize: 2)
        do {
            let queue = WorkQueue(pool: pool, configuration: .init(stream: "oom:drain", maxDepth: 1_000_000))
            let payload = [UInt8](repeating: 1, count: 8 * 1024)
            var full = false
            for _ in 0..<1_000 where !full {
                do { try await queue.enqueue(payload) } catch { full = error.code == .outOfMemory }
            }
            #expect(full)
            // Consumers keep draining a full Redis: XREADGROUP and the ack script need no memory.
            let result = try await queue.consume(consumer: "a", count: 1_000, block: .zero)
            #expect(!result.tasks.isEmpty)
            #expect(try await queue.ack(result.tasks) == result.tasks.count)
            #expect(try await queue.depth() == 0)
            // Room again without any operator action.
            try await queue.enqueue(payload)
        } catch {
            Issue.record(error)
        }
        await pool.shutdown()
        await server.remove()
    }
}
