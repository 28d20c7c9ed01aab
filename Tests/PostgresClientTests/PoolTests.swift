import Foundation
import PostgresClient
import Testing

@Suite("Pool and transactions against a real server", .enabled(if: Integration.enabled))
struct PoolTests {
    @Test("ten concurrent SELECT … FOR UPDATE transitions on one row have exactly one winner")
    func exactlyOneTransition() async throws {
        try await withPool(size: 10) { pool in
            let table = uniqueName("jobs")
            try await pool.query("CREATE TABLE \(table) (id int PRIMARY KEY, status text NOT NULL, moves int NOT NULL)")
            try await pool.query("INSERT INTO \(table) VALUES (1, 'a', 0)")
            let winners = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<10 {
                    group.addTask {
                        try await pool.withTransaction { transaction in
                            let rows = try transaction.query("SELECT status FROM \(table) WHERE id = $1 FOR UPDATE", [1])
                            guard try rows[0]["status", as: String.self] == "a" else { return false }
                            // Widen the race window: the others are now blocked on the row lock.
                            try transaction.query("SELECT pg_sleep(0.02)")
                            try transaction.query("UPDATE \(table) SET status = 'b', moves = moves + 1 WHERE id = $1", [1])
                            return true
                        }
                    }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(winners == 1)
            let row = try await pool.query("SELECT status, moves FROM \(table) WHERE id = 1")[0]
            #expect(try row["status", as: String.self] == "b")
            #expect(try row["moves", as: Int.self] == 1)
            try await pool.query("DROP TABLE \(table)")
        }
    }

    @Test("a throwing transaction body rolls back; a failed statement inside cannot be committed")
    func rollback() async throws {
        struct Abort: Error {}
        try await withPool(size: 1) { pool in
            let table = uniqueName("tx")
            try await pool.query("CREATE TABLE \(table) (id int PRIMARY KEY)")
            await #expect(throws: Abort.self) {
                try await pool.withTransaction { transaction in
                    try transaction.query("INSERT INTO \(table) VALUES (1)")
                    throw Abort()
                }
            }
            let swallowed = await #expect(throws: PostgresError.self) {
                try await pool.withTransaction { transaction in
                    try transaction.query("INSERT INTO \(table) VALUES (2)")
                    _ = try? transaction.query("INSERT INTO \(table) VALUES (2)")
                }
            }
            #expect(swallowed?.code == .transactionRolledBack)
            // A BEGIN left open by a plain query does not leak into the next caller (same connection).
            try await pool.query("BEGIN")
            // SAVEPOINT is refused outside a transaction block (25P01): proof the BEGIN was rolled back.
            let outside = await #expect(throws: PostgresError.self) { try await pool.query("SAVEPOINT probe") }
            #expect(outside?.sqlState == "25P01")
            try await pool.query("INSERT INTO \(table) VALUES (3)")
            try await pool.withTransaction(isolation: .serializable) { transaction in
                try transaction.query("INSERT INTO \(table) VALUES (4)")
            }
            #expect(try await pool.query("SELECT id FROM \(table)").map { try $0["id", as: Int.self] }.sorted() == [3, 4])
            try await pool.query("DROP TABLE \(table)")
        }
    }

    @Test("blocking libpq calls never block async callers: 8 × pg_sleep(0.2) on 8 connections overlap")
    func callsRunConcurrently() async throws {
        try await withPool(size: 8) { pool in
            // Open the connections first so the measurement is about queries only.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 { group.addTask { try await pool.query("SELECT pg_sleep(0.05)") } }
                try await group.waitForAll()
            }
            let clock = ContinuousClock()
            let start = clock.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 { group.addTask { try await pool.query("SELECT pg_sleep(0.2)") } }
                // While all eight wait on the server, the cooperative pool still runs other work.
                group.addTask {
                    var spins = 0
                    while clock.now - start < .milliseconds(100) {
                        await Task.yield()
                        spins += 1
                    }
                    #expect(spins > 0)
                }
                try await group.waitForAll()
            }
            let elapsed = clock.now - start
            #expect(elapsed < .milliseconds(800), "took \(elapsed)")
        }
    }

    @Test("callers beyond the pool size wait, and fail with .timeout after the acquire timeout")
    func acquireTimeout() async throws {
        try await withPool(size: 1, acquireTimeout: .milliseconds(200)) { pool in
            let clock = ContinuousClock()
            async let blocker: PostgresRows = pool.query("SELECT pg_sleep(1)")
            try await Task.sleep(for: .milliseconds(100))
            let start = clock.now
            let error = await #expect(throws: PostgresError.self) { try await pool.query("SELECT 1") }
            #expect(error?.code == .timeout)
            #expect(clock.now - start < .milliseconds(900))
            _ = try await blocker
        }
    }

    @Test("shutdown fails waiting and later callers with .poolClosed")
    func shutdownClosesPool() async throws {
        let pool = PostgresPool(configuration: PostgresPoolConfiguration(url: try Integration.requireURL(), size: 1))
        let running = Task { try await pool.query("SELECT pg_sleep(0.3)") }
        try await Task.sleep(for: .milliseconds(100))
        let waiting = Task { try await pool.query("SELECT 1") }
        try await Task.sleep(for: .milliseconds(50))
        await pool.shutdown()
        // The call that was running finishes normally.
        _ = try await running.value
        let waitingError = await #expect(throws: PostgresError.self) { _ = try await waiting.value }
        #expect(waitingError?.code == .poolClosed)
        let laterError = await #expect(throws: PostgresError.self) { try await pool.query("SELECT 1") }
        #expect(laterError?.code == .poolClosed)
    }
}
