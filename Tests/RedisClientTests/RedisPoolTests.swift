import Foundation
import RedisClient
import Synchronization
import RedisTestSupport
import Testing

@Suite(.enabled(if: TestRedis.isAvailable, "needs MESH_TEST_REDIS_URL"))
struct RedisPoolTests {
    let prefix = TestRedis.uniquePrefix()

    @Test func concurrentCommandsAllArrive() async throws {
        try await TestRedis.withPool(poolSize: 3) { (pool: RedisPool) async throws in
            let key = RedisArgument(prefix + "counter")
            let results = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<200 {
                    group.addTask { try await pool.send("INCR", key).int ?? -1 }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            // Every INCR ran exactly once and each caller got its own reply back.
            #expect(results.sorted() == Array(1...200))
            #expect(try await pool.send("GET", key).int == 200)
        }
    }

    @Test func pipelineReturnsRepliesInOrder() async throws {
        try await TestRedis.withPool { (pool: RedisPool) async throws in
            let key = RedisArgument(prefix + "list")
            let replies = try await pool.pipeline([["RPUSH", key, "a", "b"], ["LRANGE", key, 0, -1], ["GET", key]])
            #expect(replies[0] == .integer(2))
            #expect(replies[1] == .array([.string(Array("a".utf8)), .string(Array("b".utf8))]))
            #expect(replies[2].text == nil)
            if case .error = replies[2] {} else { Issue.record("expected WRONGTYPE as a value") }
        }
    }

    @Test func blockingCommandDoesNotStarveOthers() async throws {
        try await TestRedis.withPool(poolSize: 2) { (pool: RedisPool) async throws in
            let key = RedisArgument(prefix + "never")
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    _ = try await pool.send(["BLPOP", key, "1"], blockingFor: .seconds(1))
                }
                // Give the blocking call time to take its connection, then use the other one.
                try await Task.sleep(for: .milliseconds(100))
                let started = ContinuousClock.now
                for _ in 0..<20 { _ = try await pool.send("PING") }
                #expect(started.duration(to: .now) < .milliseconds(500))
                try await group.waitForAll()
            }
        }
    }

    @Test func scriptsFallBackToEvalThenUseEvalsha() async throws {
        try await TestRedis.withPool { (pool: RedisPool) async throws in
            // A source no one has loaded yet, so the first EVALSHA must fail with NOSCRIPT.
            let script = RedisScript("-- \(prefix)\nreturn redis.call('INCR', KEYS[1]) + tonumber(ARGV[1])")
            let exists = RedisArgument(script.sha1)
            #expect(try await pool.send("SCRIPT", "EXISTS", exists) == .array([.integer(0)]))
            let key = RedisArgument(prefix + "scripted")
            #expect(try await pool.evaluate(script, keys: [key], arguments: [10]) == .integer(11))
            #expect(try await pool.send("SCRIPT", "EXISTS", exists) == .array([.integer(1)]))
            #expect(try await pool.evaluate(script, keys: [key], arguments: [10]) == .integer(12))
            #expect(try await pool.send("SCRIPT", "LOAD", RedisArgument(script.source)).text == script.sha1)
        }
    }

    @Test func shutdownRefusesFurtherCommands() async throws {
        let pool = RedisPool(configuration: try TestRedis.configuration(poolSize: 2))
        #expect(try await pool.send("PING") == .status("PONG"))
        await pool.shutdown()
        let error = await #expect(throws: RedisError.self) { try await pool.send("PING") }
        #expect(error?.code == .poolClosed)
    }

    @Test func poolReconnectsAfterRedisRestarts() async throws {
        let server = try await PrivateRedis.start()
        var configuration = try RedisConfiguration(url: server.url)
        configuration.poolSize = 3
        configuration.reconnectBackoff = .milliseconds(20)
        let pool = RedisPool(configuration: configuration)
        do {
            let key = RedisArgument(prefix + "k")
            // Open every connection, so each one goes stale when the server stops.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<30 { group.addTask { _ = try await pool.send("INCR", key) } }
                try await group.waitForAll()
            }

            try await server.stop()
            for _ in 0..<5 {
                let started = ContinuousClock.now
                let error = await #expect(throws: RedisError.self) { try await pool.send("PING") }
                #expect(error?.code == .connectionFailed)
                #expect(started.duration(to: .now) < .milliseconds(500))
            }

            try await server.start()
            var recovered = false
            for _ in 0..<50 where !recovered {
                recovered = (try? await pool.send("PING")) == .status("PONG")
                if !recovered { try await Task.sleep(for: .milliseconds(50)) }
            }
            #expect(recovered)
            // Every connection of the pool works again (the stale ones were replaced).
            let replies = try await withThrowingTaskGroup(of: RedisReply.self) { group in
                for _ in 0..<30 { group.addTask { try await pool.send("INCR", key) } }
                return try await group.reduce(into: [RedisReply]()) { $0.append($1) }
            }
            #expect(replies.count == 30)
            // The server restarted without persistence: the counter started over.
            #expect(try await pool.send("GET", key).int == 30)
        } catch {
            Issue.record(error)
        }
        await pool.shutdown()
        await server.remove()
    }
}
