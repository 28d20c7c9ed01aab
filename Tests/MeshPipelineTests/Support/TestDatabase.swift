import Foundation
import MeshPipeline
import PostgresClient

/// A PostgreSQL schema of the test's own holding the pipeline's tables (every connection of its
/// pool has `search_path` set to it), dropped afterwards. Tests therefore never see each other's
/// rows, even the stuck-job sweeper's global query.
struct TestDatabase: Sendable {
    let url: String
    let pool: PostgresPool
    let schema: String

    static func with<T>(poolSize: Int = 12, _ body: (TestDatabase) async throws -> T) async throws -> T {
        guard let base = TestEnvironment.postgresURL else { throw TestFailure("MESH_TEST_POSTGRES_URL is not set") }
        let schema = TestEnvironment.unique("t")
        let admin = PostgresPool(url: base, size: 1)
        try await admin.query("CREATE SCHEMA \(schema)")
        let url = base + (base.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(schema)"
        let pool = PostgresPool(configuration: PostgresPoolConfiguration(url: url, size: poolSize))
        let database = TestDatabase(url: url, pool: pool, schema: schema)
        func cleanUp() async {
            await pool.shutdown()
            _ = try? await admin.query("DROP SCHEMA \(schema) CASCADE")
            await admin.shutdown()
        }
        do {
            try await PipelineMigrations.apply(to: pool)
            let result = try await body(database)
            await cleanUp()
            return result
        } catch {
            await cleanUp()
            throw error
        }
    }
}
