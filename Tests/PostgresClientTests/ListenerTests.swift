import Foundation
import PostgresClient
import Testing

@Suite("LISTEN/NOTIFY against a real server", .enabled(if: Integration.enabled))
struct ListenerTests {
    @Test("notifications arrive in order with their payloads; stop() ends the stream promptly")
    func deliversInOrder() async throws {
        let channel = uniqueName("chan")
        let listener = try await PostgresListener.start(url: try Integration.requireURL(), channel: channel)
        try await withPool { pool in
            let payloads = (0..<50).map { "payload-\($0) ✓ \u{1F680}" }
            for payload in payloads { try await pool.notify(channel: channel, payload: payload) }
            let received = try await withTimeLimit(.seconds(5)) {
                var received: [PostgresNotification] = []
                for await notification in listener.notifications {
                    received.append(notification)
                    if received.count == payloads.count { break }
                }
                return received
            }
            #expect(received.map(\.payload) == payloads)
            #expect(received.allSatisfy { $0.channel == channel })
        }
        listener.stop()
        let clock = ContinuousClock()
        let start = clock.now
        try await withTimeLimit(.seconds(2)) {
            for await _ in listener.notifications {}
        }
        #expect(clock.now - start < .seconds(1))
    }

    @Test("the listener reconnects and listens again after its connection is killed")
    func reconnects() async throws {
        let channel = uniqueName("chan")
        let listener = try await PostgresListener.start(url: try Integration.requireURL(), channel: channel,
                                                        maxReconnectDelay: .milliseconds(200))
        defer { listener.stop() }
        try await withPool { pool in
            let killed = try await pool.query(
                "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE query = $1",
                [.text("LISTEN \"\(channel)\"")])
            #expect(killed.count == 1)
            // Keep notifying until the re-LISTENed connection picks one up (bounded).
            let delivered = try await withTimeLimit(.seconds(10)) {
                try await withThrowingTaskGroup(of: String?.self) { group in
                    group.addTask {
                        for await notification in listener.notifications where notification.payload.hasPrefix("after-") {
                            return notification.payload
                        }
                        return nil
                    }
                    group.addTask {
                        for attempt in 0..<100 {
                            try await pool.notify(channel: channel, payload: "after-\(attempt)")
                            try await Task.sleep(for: .milliseconds(50))
                        }
                        return nil
                    }
                    defer { group.cancelAll() }
                    return try await group.next() ?? nil
                }
            }
            #expect(delivered?.hasPrefix("after-") == true)
        }
    }

    @Test("channel names that are not identifiers are refused")
    func badChannel() async throws {
        await #expect(throws: PostgresError.self) {
            _ = try await PostgresListener.start(url: try Integration.requireURL(), channel: "x\"; DROP TABLE y; --")
        }
    }
}
