import Foundation
import PostgresClient
import Testing

/// Integration settings, read from the environment.
enum Integration {
    /// `MESH_TEST_POSTGRES_URL`, e.g. postgresql://postgres@127.0.0.1:55432/postgres
    static let url: String? = ProcessInfo.processInfo.environment["MESH_TEST_POSTGRES_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }
    static var enabled: Bool { url != nil }
    static var required: Bool { ProcessInfo.processInfo.environment["MESH_REQUIRE_INTEGRATION"] == "1" }

    /// The URL; only called from tests gated on `enabled`.
    static func requireURL() throws -> String {
        try #require(url, "MESH_TEST_POSTGRES_URL is not set")
    }
}

/// A name no other test (or earlier run) uses: tables, schemas and channels per test.
func uniqueName(_ prefix: String) -> String {
    prefix + "_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
}

/// Creates a pool for one test and shuts it down afterwards, even if the body throws.
func withPool<T>(size: Int = 4, url: String? = nil, acquireTimeout: Duration = .seconds(10),
                 _ body: (PostgresPool) async throws -> T) async throws -> T {
    let pool = PostgresPool(configuration: PostgresPoolConfiguration(
        url: try url ?? Integration.requireURL(), size: size, connectTimeout: .seconds(3),
        acquireTimeout: acquireTimeout))
    do {
        let result = try await body(pool)
        await pool.shutdown()
        return result
    } catch {
        await pool.shutdown()
        throw error
    }
}

/// Fails if `operation` does not finish within `limit`; returns its result.
func withTimeLimit<T: Sendable>(_ limit: Duration, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else {
            throw PostgresError(code: .timeout, message: "test operation exceeded \(limit)")
        }
        return value
    }
}
