import Foundation
@testable import PostgresClient
import Testing

@Suite("Text formats (no server)")
struct TextFormatTests {
    private func bytes(_ text: String) -> ArraySlice<UInt8> { ArraySlice(Array(text.utf8)) }

    @Test("timestamps format as UTC ISO 8601 and parse back to the microsecond",
          arguments: [0.0, 1_700_000_000.123456, -1.5, -2_208_988_800.000001, 253_402_300_799.999999, 951_782_400])
    func timestampRoundTrip(seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        let text = PostgresTextFormat.formatTimestamp(date)
        let parsed = try #require(PostgresTextFormat.parseTimestamp(bytes(text)), "cannot parse \(text)")
        #expect(abs(parsed.timeIntervalSince1970 - seconds) < 0.000_001)
    }

    @Test("known timestamp texts")
    func knownTimestamps() {
        #expect(PostgresTextFormat.formatTimestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000000Z")
        #expect(PostgresTextFormat.formatTimestamp(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000000Z")
        #expect(PostgresTextFormat.parseTimestamp(bytes("2024-01-02 03:04:05+00"))
            == Date(timeIntervalSince1970: 1_704_164_645))
        #expect(PostgresTextFormat.parseTimestamp(bytes("2024-01-02 08:34:05.5+05:30"))
            == Date(timeIntervalSince1970: 1_704_164_645.5))
        #expect(PostgresTextFormat.parseTimestamp(bytes("2024-01-01 19:04:05-08"))
            == Date(timeIntervalSince1970: 1_704_164_645))
        #expect(PostgresTextFormat.parseTimestamp(bytes("2024-01-02 03:04:05")) == Date(timeIntervalSince1970: 1_704_164_645))
        #expect(PostgresTextFormat.parseTimestamp(bytes("infinity")) == nil)
        #expect(PostgresTextFormat.parseTimestamp(bytes("2024-13-02 03:04:05+00")) == nil)
        #expect(PostgresTextFormat.parseTimestamp(bytes("2024-01-02 03:04:05+00 trailing")) == nil)
    }

    @Test("float arrays")
    func floatArrays() throws {
        let parse = { (text: String) in PostgresTextFormat.parseNumberArray(self.bytes(text), element: PostgresTextFormat.parseFloat) }
        #expect(parse("{}") == [])
        #expect(parse("{1,2.5,-3e-07}") == [1, 2.5, -3e-07])
        let special = try #require(parse("{NaN,Infinity,-Infinity}"))
        #expect(special[0].isNaN && special[1] == .infinity && special[2] == -.infinity)
        #expect(parse("{1,NULL}") == nil)
        #expect(parse("1,2") == nil)
        #expect(PostgresTextFormat.formatFloatArray([1, 2.5, .infinity]) == "{1.0,2.5,Infinity}")
        #expect(PostgresTextFormat.formatFloatArray([]) == "{}")
    }

    @Test("bytea hex")
    func byteaHex() {
        #expect(PostgresTextFormat.parseByteaHex(bytes("\\x")) == [])
        #expect(PostgresTextFormat.parseByteaHex(bytes("\\x00ff10Ab")) == [0, 255, 16, 0xab])
        #expect(PostgresTextFormat.parseByteaHex(bytes("\\x0")) == nil)
        #expect(PostgresTextFormat.parseByteaHex(bytes("\\xzz")) == nil)
        #expect(PostgresTextFormat.parseByteaHex(bytes("abc")) == nil)
    }

    @Test("text parameters with a NUL byte are refused, not truncated")
    func nulInText() {
        #expect(throws: PostgresError.self) { try PostgresValue.text("a\u{0}b").encoded() }
    }

    @Test("error description names code and SQLSTATE but no detail")
    func errorDescription() {
        let error = PostgresError(code: .queryFailed, message: "duplicate key value violates unique constraint \"t_pkey\"",
                                  sqlState: "23505")
        #expect(error.isUniqueViolation)
        #expect(!error.isSerializationFailure)
        #expect(error.description.contains("query_failed"))
        #expect(error.description.contains("23505"))
    }
}

@Suite("Pool bookkeeping (no server)")
struct PoolStateTests {
    private func job(_ id: UInt64) -> PoolJob { PoolJob(id: id, run: { _ in }, fail: { _ in }) }

    @Test("jobs go to idle workers first, then wait in order; close fails the waiting ones")
    func transitions() {
        var state = PoolState(workerCount: 2)
        guard case .wait = state.nextStep(for: 0), case .wait = state.nextStep(for: 1) else {
            Issue.record("workers should start idle")
            return
        }
        guard case .wake(let first) = state.submit(job(1)), case .wake(let second) = state.submit(job(2)) else {
            Issue.record("idle workers should take jobs")
            return
        }
        #expect(Set([first, second]) == [0, 1])
        guard case .queued = state.submit(job(3)), case .queued = state.submit(job(4)) else {
            Issue.record("busy pool should queue")
            return
        }
        guard case .run(let handed) = state.nextStep(for: first), case .run(let queued) = state.nextStep(for: first) else {
            Issue.record("worker should run its hand-off, then the oldest waiting job")
            return
        }
        #expect(handed.id == 1 && queued.id == 3)
        #expect(state.expire(jobID: 4)?.id == 4)
        #expect(state.expire(jobID: 4) == nil)
        _ = state.submit(job(5))
        let closed = state.close()
        #expect(closed.jobsToFail.map(\.id) == [5])
        guard case .reject = state.submit(job(6)) else {
            Issue.record("closed pool should reject new jobs")
            return
        }
        // Jobs already handed to a worker still run; then both workers exit.
        guard case .run(let stillHanded) = state.nextStep(for: second), case .exit = state.nextStep(for: second),
              case .exit = state.nextStep(for: first) else {
            Issue.record("workers should finish hand-offs, then exit")
            return
        }
        #expect(stillHanded.id == 2)
        let firstExitWasLast = state.workerExited()
        let secondExitWasLast = state.workerExited()
        #expect(!firstExitWasLast && secondExitWasLast)
    }
}

@Suite("Migration files (no server)")
struct MigrationFileTests {
    @Test("loadMigrations reads NNNN_name.sql in version order and ignores other files")
    func load() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(uniqueName("migs"))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "CREATE TABLE b (id int);".write(to: directory.appendingPathComponent("0010_second.sql"), atomically: true, encoding: .utf8)
        try "CREATE TABLE a (id int);".write(to: directory.appendingPathComponent("0002_first_one.sql"), atomically: true, encoding: .utf8)
        try "notes".write(to: directory.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try "x".write(to: directory.appendingPathComponent("draft.sql"), atomically: true, encoding: .utf8)
        let migrations = try PostgresMigrator.loadMigrations(from: directory)
        #expect(migrations.map(\.version) == [2, 10])
        #expect(migrations.map(\.name) == ["first_one", "second"])
        #expect(migrations[0].sql == "CREATE TABLE a (id int);")

        try "y".write(to: directory.appendingPathComponent("10_again.sql"), atomically: true, encoding: .utf8)
        #expect(throws: PostgresError.self) { try PostgresMigrator.loadMigrations(from: directory) }
    }
}

@Suite("Statement cache (no server)")
struct StatementCacheTests {
    @Test("statements are prepared on second use, reused after, and capped")
    func decisions() {
        var cache = StatementCache(capacity: 1)
        let select = StatementCache.Key(sql: "SELECT $1", parameterTypes: [20])
        let other = StatementCache.Key(sql: "SELECT $1", parameterTypes: [25])
        guard case .unprepared = cache.decide(select), case .prepare(let name) = cache.decide(select) else {
            Issue.record("second use should prepare")
            return
        }
        cache.didPrepare(select, name: name)
        guard case .execute(let reused) = cache.decide(select) else {
            Issue.record("third use should reuse")
            return
        }
        #expect(reused == name)
        guard case .unprepared = cache.decide(other), case .unprepared = cache.decide(other) else {
            Issue.record("a full cache runs new statements unprepared")
            return
        }
        cache.forget(select)
        guard case .unprepared = cache.decide(select) else {
            Issue.record("a forgotten statement starts over")
            return
        }
    }
}
