import Foundation
import Logging
import MeshCore
import PostgresClient
import Synchronization
import Testing

/// Where the integration tests find their servers.
enum TestEnvironment {
    static let environment = ProcessInfo.processInfo.environment
    /// `MESH_TEST_POSTGRES_URL`, e.g. `postgresql://postgres@127.0.0.1:55432/postgres`.
    static let postgresURL = environment["MESH_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    /// `MESH_TEST_REDIS_URL`, e.g. `redis://127.0.0.1:56379`.
    static let redisURL = environment["MESH_TEST_REDIS_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static var required: Bool { environment["MESH_REQUIRE_INTEGRATION"] == "1" }
    /// Both servers are configured.
    static var integration: Bool { postgresURL != nil && redisURL != nil }

    static let python: String? = {
        var candidates: [String] = []
        if let explicit = environment["PYTHON3"] { candidates.append(explicit) }
        candidates += ["/usr/bin/python3", "/usr/local/bin/python3"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var withPython: Bool { integration && python != nil }

    static let logger = Logger(label: "mesh-pipeline-tests", factory: { _ in SwiftLogNoOpLogHandler() })

    /// A name no other test or run uses.
    static func unique(_ prefix: String) -> String {
        prefix + "_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
    }

    /// Call options acting for `caller`.
    static func options(caller: String, role: String = "user", metadata extra: Metadata = [:]) -> CallOptions {
        var metadata: Metadata = [MetadataKey.callerID: caller, MetadataKey.callerRole: role]
        for entry in extra { metadata.add(entry.key, entry.value) }
        return CallOptions(timeout: .seconds(20), metadata: metadata)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs `operation`, failing with `TestFailure` if it takes longer than `limit`.
func withTimeLimit<T: Sendable>(_ limit: Duration, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else {
            throw TestFailure("operation exceeded \(limit)")
        }
        return value
    }
}

/// Polls `condition` every 50 ms until it holds or `limit` passes; returns whether it held.
func eventually(within limit: Duration, _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now.advanced(by: limit)
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}

/// The RPC error `operation` throws, or nil if it succeeds.
func rpcError(_ operation: () async throws -> Void) async -> RPCError? {
    do {
        try await operation()
        return nil
    } catch let error as RPCError {
        return error
    } catch {
        return RPCError(mapping: error)
    }
}

/// A clock the test moves by hand.
final class ManualDateClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date()) { current = Mutex(start) }

    func now() -> Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
}
