import Foundation
import PostgresClient
import Testing

@Suite("Migrations against a real server", .enabled(if: Integration.enabled))
struct MigratorTests {
    /// The URL with this test's schema first in search_path, so schema_migrations is private to it.
    private func url(inSchema schema: String) throws -> String {
        let base = try Integration.requireURL()
        return base + (base.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(schema)"
    }

    private let migrations: [(version: Int, name: String, sql: String)] = [
        (1, "create_items", """
            CREATE TABLE items (id serial PRIMARY KEY, label text NOT NULL);
            CREATE TABLE applied_log (version int NOT NULL);
            INSERT INTO applied_log VALUES (1);
            """),
        (2, "seed_items", "INSERT INTO items (label) VALUES ('first'), ('second'); INSERT INTO applied_log VALUES (2);"),
        (3, "add_column", "ALTER TABLE items ADD COLUMN weight int NOT NULL DEFAULT 0; INSERT INTO applied_log VALUES (3);"),
    ]

    @Test("two migrators started together apply each migration exactly once; re-running applies nothing")
    func concurrentMigrations() async throws {
        let schema = uniqueName("mig")
        try await withPool { admin in
            try await admin.query("CREATE SCHEMA \(schema)")
            let schemaURL = try url(inSchema: schema)
            let poolA = PostgresPool(url: schemaURL, size: 2)
            let poolB = PostgresPool(url: schemaURL, size: 2)
            async let appliedA = PostgresMigrator(pool: poolA, migrations: migrations).migrate()
            async let appliedB = PostgresMigrator(pool: poolB, migrations: migrations).migrate()
            let (a, b) = try await (appliedA, appliedB)
            #expect((a + b).sorted() == [1, 2, 3], "A applied \(a), B applied \(b)")

            let log = try await poolA.query("SELECT version FROM applied_log ORDER BY version").map { try $0.decode(Int.self, at: 0) }
            #expect(log == [1, 2, 3])
            let recorded = try await poolA.query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version")
            #expect(try recorded.map { try $0["version", as: Int.self] } == [1, 2, 3])
            #expect(try recorded.map { try $0["name", as: String.self] } == ["create_items", "seed_items", "add_column"])
            #expect(try abs(recorded[0]["applied_at", as: Date.self].timeIntervalSinceNow) < 60)

            #expect(try await PostgresMigrator(pool: poolB, migrations: migrations).migrate() == [])
            let more = migrations + [(4, "more", "INSERT INTO applied_log VALUES (4);")]
            #expect(try await PostgresMigrator(pool: poolB, migrations: more).migrate() == [4])
            await poolA.shutdown()
            await poolB.shutdown()
            try await admin.query("DROP SCHEMA \(schema) CASCADE")
        }
    }

    @Test("a failing migration is rolled back, not recorded, and reported with its version")
    func failingMigration() async throws {
        let schema = uniqueName("migfail")
        try await withPool { admin in
            try await admin.query("CREATE SCHEMA \(schema)")
            try await withPool(url: try url(inSchema: schema)) { pool in
                let broken: [(version: Int, name: String, sql: String)] = [
                    (1, "ok", "CREATE TABLE t1 (id int);"),
                    (2, "broken", "CREATE TABLE t2 (id int); SELECT * FROM no_such_table;"),
                ]
                let error = await #expect(throws: PostgresError.self) {
                    try await PostgresMigrator(pool: pool, migrations: broken).migrate()
                }
                #expect(error?.sqlState == "42P01")
                #expect(error?.message.contains("migration 2 (broken)") == true)
                let versions = try await pool.query("SELECT version FROM schema_migrations").map { try $0.decode(Int.self, at: 0) }
                #expect(versions == [1])
                let t2 = try await pool.query("SELECT to_regclass('t2') IS NULL AS missing")
                #expect(try t2[0]["missing", as: Bool.self])
            }
            try await admin.query("DROP SCHEMA \(schema) CASCADE")
        }
    }
}
