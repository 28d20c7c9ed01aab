import HTTPTypes
import MeshCore
@testable import MeshGateway
import MeshJSON
import NIOCore
import Testing

/// The SSE hand-over queue: order, backpressure, ticks, end, and closing on the producer.
@Suite struct EventQueueTests {
    @Test func deliversEventsInOrderThenTheEnd() async throws {
        let queue = EventQueue(capacity: 2)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for index in 0..<50 { try await queue.push(.integer(Int64(index))) }
                queue.finish(nil)
            }
            var received: [Int64] = []
            loop: while true {
                switch await queue.next() {
                case .event(.integer(let value)): received.append(value)
                case .end: break loop
                case .tick, .event, .failure: Issue.record("unexpected item")
                }
            }
            #expect(received == Array(0..<50))
            try await group.waitForAll()
        }
    }

    @Test func ticksCoalesceAndFailuresEndTheStream() async {
        let queue = EventQueue(capacity: 4)
        queue.tick()
        queue.tick()
        struct Boom: Error {}
        queue.finish(Boom())
        guard case .tick = await queue.next() else {
            Issue.record("expected one tick")
            return
        }
        guard case .failure(let error) = await queue.next() else {
            Issue.record("expected the failure")
            return
        }
        #expect(error is Boom)
    }

    @Test func closingReleasesABlockedProducer() async {
        let queue = EventQueue(capacity: 1)
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    try await queue.push(1)
                    try await queue.push(2)  // blocks: the buffer is full
                    return false
                } catch {
                    return error is CancellationError
                }
            }
            try? await Task.sleep(for: .milliseconds(50))
            queue.close()
            #expect(await group.next() == true)
        }
    }
}
