import Foundation
import RedisClient
import RedisCoordination
import RedisTestSupport
import Testing

@Suite(.enabled(if: TestRedis.isAvailable, "needs MESH_TEST_REDIS_URL"))
struct WorkQueueTests {
    let prefix = TestRedis.uniquePrefix()

    func queue(
        _ pool: RedisPool, maxDepth: Int = 1000, visibilityTimeout: Duration = .seconds(30), maxDeliveries: Int = 5
    ) -> WorkQueue {
        WorkQueue(
            pool: pool,
            configuration: .init(
                stream: prefix + "queue", group: "workers", maxDepth: maxDepth,
                visibilityTimeout: visibilityTimeout, maxDeliveries: maxDeliveries))
    }

    @Test func enqueueConsumeAckRoundTrip() async throws {
        try await TestRedis.withPool { (pool: RedisPool) async throws in
            let queue = queue(pool)
            let payload: [UInt8] = [0, 13, 10, 255, 0] + Array("job".utf8)
            let id = try await queue.enqueue(payload, fields: ["job_id": "j-1", "traceparent": "00-abc-def-01"])
            #expect(try await queue.depth() == 1)

            let result = try await queue.consume(consumer: "a", count: 10, block: .milliseconds(100))
            #expect(result.deadLetters.isEmpty)
            let task = try #require(result.tasks.first)
            #expect(result.tasks.count == 1)
            #expect(task.id == id)
            #expect(task.payload == payload)
            #expect(task.fields == ["job_id": "j-1", "traceparent": "00-abc-def-01"])
            #expect(task.deliveryCount == 1)
            #expect(try await queue.pendingCount() == 1)
            #expect(try await queue.depth() == 1)

            #expect(try await queue.ack(task))
            #expect(try await queue.depth() == 0)
            #expect(try await queue.pendingCount() == 0)
            #expect(try await queue.ack(task) == false)
        }
    }

    @Test func tasksEnqueuedBeforeTheGroupExistsAreDelivered() async throws {
        try await TestRedis.withPool { (pool: RedisPool) async throws in
            let queue = queue(pool)
            for index in 0..<3 { try await queue.enqueue(Array("t\(index)".utf8)) }
            let result = try await queue.consume(consumer: "late", count: 10, block: .zero)
            #expect(result.tasks.map { String(decoding: $0.payload, as: UTF8.self) } == ["t0", "t1", "t2"])
        }
    }

    @Test func lostGroupIsRecreated() async throws {
        try await TestRedis.withPool { (pool: RedisPool) async throws in
            let queue = queue(pool)
            try await queue.enqueue([1])
            #expect(try await queue.consume(consumer: "a", count: 1, block: .zero).tasks.count == 1)
            // What a Redis restart without persistence looks like to this process.
            _ = try await pool.send("DEL", RedisArgument(prefix + "queue"))
            try await queue.enqueue([2])
            let result = try await queue.consume(consumer: "a", count: 5, block: .zero)
            #expect(result.tasks.map(\.payload) == [[2]])
        }
    }

    @Test func reservedFieldNamesAreRefused() async throws {
        try await TestRedis.withPool { (pool: RedisPool) async throws in
            let error = await #expect(throws: WorkQueueError.self) {
                try await queue(pool).enqueue([1], fields: ["payload": "x"])
            }
            #expect(error?.code == .invalidTask)
        }
    }

    @Test func emptyQueueBlocksBoundedAndReturnsNothing() async throws {
        try await TestRedis.withPool { (pool: RedisPool) async throws in
            let started = ContinuousClock.now
            let result = try await queue(pool).consume(consumer: "a", count: 5, block: .milliseconds(200))
            #expect(result.isEmpty)
            let elapsed = started.duration(to: .now)
            #expect(elapsed >= .milliseconds(150) && elapsed < .seconds(2))
        }
    }

    @Test func unackedTaskIsRedeliveredAfterVisibilityTimeout() async throws {
        try await TestRedis.withPool { (pool: RedisPool) async throws in
            let queue = queue(pool, visibilityTimeout: .milliseconds(300))
            let id = try await queue.enqueue(Array("work".utf8), fields: ["job_id": "j-7"])

            // Consumer A takes the task and dies without acking.
            let first = try await queue.consume(consumer: "a", count: 1, block: .zero)
            #expect(first.tasks.map(\.id) == [id])

            // Within the visibility timeout nobody else gets it.
            let tooEarly = try await queue.consume(consumer: "b", count: 1, block: .zero)
            #expect(tooEarly.isEmpty)

            // After it, consumer B does, as its second delivery (bounded wait).
            var redelivered: QueueTask?
            let deadline = ContinuousClock.now + .seconds(5)
            while redelivered == nil, ContinuousClock.now < deadline {
                redelivered = try await queue.consume(consumer: "b", count: 1, block: .milliseconds(100)).tasks.first
            }
            let task = try #require(redelivered)
            #expect(task.id == id)
            #expect(task.deliveryCount == 2)
            #expect(task.consumer == "b")
            #expect(task.fields["job_id"] == "j-7")
            #expect(task.payload == Array("work".utf8))
            #expect(try await queue.ack(task))
            #expect(try await queue.depth() == 0)
        }
    }

    @Test func taskIsDeadLetteredAfterMaxDeliveries() async throws {
        try await TestRedis.withPool { (pool: RedisPool) async throws in
            let queue = queue(pool, visibilityTimeout: .milliseconds(200), maxDeliveries: 2)
            let id = try await queue.enqueue(Array("poison".utf8), fields: ["job_id": "j-9"])
            try await queue.enqueue(Array("healthy".utf8))
            #expect(try await queue.depth() == 2)

            var deliveries: [Int] = []
            var deadLetter: DeadLetter?
            let deadline = ContinuousClock.now + .seconds(10)
            var round = 0
            while deadLetter == nil, ContinuousClock.now < deadline {
                round += 1
                let result = try await queue.consume(consumer: "c\(round)", count: 1, block: .milliseconds(50))
                for task in result.tasks {
                    if task.id == id {
                        deliveries.append(task.deliveryCount)  // never acked: the worker "crashes"
                    } else {
                        try await queue.ack(task)
                    }
                }
                deadLetter = result.deadLetters.first
            }
            let letter = try #require(deadLetter)
            #expect(deliveries == [1, 2])
            #expect(letter.originalID == id)
            #expect(letter.payload == Array("poison".utf8))
            #expect(letter.fields == ["job_id": "j-9"])
            #expect(letter.deliveryCount == 2)
            #expect(letter.lastConsumer.hasPrefix("c"))
            #expect(abs(letter.deadLetteredAt.timeIntervalSinceNow) < 60)

            // Gone from the main stream and its pending list, present in the dead-letter stream.
            #expect(try await queue.depth() == 0)
            #expect(try await queue.pendingCount() == 0)
            #expect(try await queue.deadLetterDepth() == 1)
            let stored = try await queue.deadLetters(count: 10)
            #expect(stored.count == 1)
            #expect(stored.first?.originalID == id)
            #expect(stored.first?.deliveryCount == 2)
            #expect(stored.first?.lastConsumer == letter.lastConsumer)
            #expect(stored.first?.fields == ["job_id": "j-9"])
            #expect(stored.first?.payload == Array("poison".utf8))
        }
    }

    @Test func depthLimitRefusesAndRecoversAfterAck() async throws {
        try await TestRedis.withPool { (pool: RedisPool) async throws in
            let queue = queue(pool, maxDepth: 5)
            for index in 0..<5 { try await queue.enqueue([UInt8(index)]) }
            let error = await #expect(throws: WorkQueueError.self) { try await queue.enqueue([5]) }
            #expect(error?.code == .queueFull)
            #expect(error?.reason == "resource_exhausted")
            #expect(error?.depth == 5)
            #expect(error?.limit == 5)
            #expect(try await queue.depth() == 5)

            // Consuming alone does not free room (the task is still in progress) …
            let task = try #require(try await queue.consume(consumer: "a", count: 1, block: .zero).tasks.first)
            await #expect(throws: WorkQueueError.self) { try await queue.enqueue([6]) }
            // … acking does.
            try await queue.ack(task)
            try await queue.enqueue([6])
            #expect(try await queue.depth() == 5)
        }
    }

    @Test func concurrentProducersNeverOvershootMaxDepth() async throws {
        try await TestRedis.withPool(poolSize: 6) { (pool: RedisPool) async throws in
            let queue = queue(pool, maxDepth: 10)
            let outcomes = await withTaskGroup(of: String.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        do {
                            try await queue.enqueue([UInt8(index)])
                            return "ok"
                        } catch {
                            return (error as? WorkQueueError)?.code.name ?? "\(error)"
                        }
                    }
                }
                return await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 == "ok" }.count == 10)
            #expect(outcomes.filter { $0 == WorkQueueError.Code.queueFull.name }.count == 10)
            #expect(try await queue.depth() == 10)
        }
    }
}
