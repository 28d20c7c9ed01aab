public import struct Foundation.URL
import Foundation

/// One schema migration: trusted SQL shipped with the program.
public struct PostgresMigration: Sendable, Hashable {
    /// Applied in increasing order; each version once.
    public let version: Int
    /// A short name, recorded beside the version.
    public let name: String
    /// One or more statements. Must not contain its own BEGIN/COMMIT: each migration already runs
    /// in a transaction.
    public let sql: String

    /// Creates a migration.
    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}

/// Applies versioned migrations once each, in order, recording them in
/// `schema_migrations(version, name, applied_at)` (in the session's search_path).
///
/// Several processes may start at once: the whole run holds a session-level
/// `pg_advisory_lock(lockKey)` on one connection, so exactly one of them applies each migration and
/// the others then find it recorded. Each migration runs in its own transaction with its record.
///
/// Migration SQL is run with `PQexec` so a file can hold several statements. It is the one place
/// where SQL text runs without parameters; it must come from files shipped with the program, never
/// from input.
public struct PostgresMigrator: Sendable {
    /// The default advisory lock key ("mesh-mig" in ASCII), shared by all processes of the project.
    public static let defaultLockKey = 0x6D65_7368_2D6D_6967

    private let pool: PostgresPool
    private let migrations: [PostgresMigration]
    private let lockKey: Int

    /// A migrator for `migrations`, whose versions must be distinct.
    public init(pool: PostgresPool, migrations: [PostgresMigration], lockKey: Int = defaultLockKey) {
        self.pool = pool
        self.migrations = migrations.sorted { $0.version < $1.version }
        self.lockKey = lockKey
    }

    /// A migrator for migrations given as tuples.
    public init(pool: PostgresPool, migrations: [(version: Int, name: String, sql: String)],
                lockKey: Int = defaultLockKey) {
        self.init(pool: pool, migrations: migrations.map { PostgresMigration(version: $0.version, name: $0.name, sql: $0.sql) },
                  lockKey: lockKey)
    }

    /// Applies every migration not yet recorded; returns the versions this call applied.
    @discardableResult
    public func migrate() async throws -> [Int] {
        let migrations = self.migrations
        let lockKey = self.lockKey
        if let duplicate = Self.firstDuplicateVersion(migrations) {
            throw PostgresError(code: .invalidMigration, message: "migration version \(duplicate) appears twice")
        }
        return try await pool.withConnection { connection in
            try Self.migrate(migrations, lockKey: lockKey, on: connection)
        }
    }

    private static func migrate(_ migrations: [PostgresMigration], lockKey: Int,
                                on connection: PostgresConnection) throws -> [Int] {
        try connection.query("SELECT pg_advisory_lock($1)", [.int(lockKey)])
        // If unlocking fails the connection is broken, and the server drops the lock with the session.
        defer { _ = try? connection.query("SELECT pg_advisory_unlock($1)", [.int(lockKey)]) }

        try connection.query("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version bigint PRIMARY KEY,
                name text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """)
        let applied = Set(try connection.query("SELECT version FROM schema_migrations")
            .map { try $0.decode(Int.self, at: 0) })
        var appliedNow: [Int] = []
        for migration in migrations where !applied.contains(migration.version) {
            do {
                try connection.withTransaction { transaction in
                    try transaction.connection.executeTrustedScript(migration.sql)
                    try transaction.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                                          [.int(migration.version), .text(migration.name)])
                }
            } catch let error as PostgresError {
                var error = error
                error.message = "migration \(migration.version) (\(migration.name)) failed: \(error.message)"
                throw error
            }
            appliedNow.append(migration.version)
        }
        return appliedNow
    }

    private static func firstDuplicateVersion(_ migrations: [PostgresMigration]) -> Int? {
        var seen = Set<Int>()
        return migrations.first { !seen.insert($0.version).inserted }?.version
    }

    /// Reads `NNNN_name.sql` files from `directory`, ordered by version; other files are ignored.
    public static func loadMigrations(from directory: URL) throws -> [PostgresMigration] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        var migrations: [PostgresMigration] = []
        for fileName in names where fileName.hasSuffix(".sql") {
            let stem = fileName.dropLast(4)
            guard let underscore = stem.firstIndex(of: "_") else { continue }
            let digits = stem[..<underscore]
            let name = String(stem[stem.index(after: underscore)...])
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let version = Int(digits),
                  !name.isEmpty
            else { continue }
            let sql = try String(contentsOf: directory.appendingPathComponent(fileName), encoding: .utf8)
            migrations.append(PostgresMigration(version: version, name: name, sql: sql))
        }
        if let duplicate = firstDuplicateVersion(migrations) {
            throw PostgresError(code: .invalidMigration, message: "two migration files have version \(duplicate)")
        }
        return migrations.sorted { $0.version < $1.version }
    }
}
