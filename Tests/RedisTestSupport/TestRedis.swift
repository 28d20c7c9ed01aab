import Foundation
import RedisClient


#if canImport(Glibc)
import Glibc
#endif

/// Where the integration tests find Redis, and private servers for tests that must stop or fill one.
public enum TestRedis {
    /// `MESH_TEST_REDIS_URL`, e.g. `redis://127.0.0.1:56379`.
    public static let url = ProcessInfo.processInfo.environment["MESH_TEST_REDIS_URL"].flatMap { $0.isEmpty ? nil : $0 }
    public static var isAvailable: Bool { url != nil }

    /// A key prefix no other test (or run) uses.
    public static func uniquePrefix(_ test: String = #function) -> String {
        "test:\(test.prefix { $0 != "(" }):\(UUID().uuidString.prefix(8)):"
    }

    public static func configuration(poolSize: Int = 4) throws -> RedisConfiguration {
        guard let url else { throw RedisError(.invalidConfiguration, "MESH_TEST_REDIS_URL is not set") }
        var configuration = try RedisConfiguration(url: url)
        configuration.poolSize = poolSize
        return configuration
    }

    /// Runs `body` with a pool on the shared test server and shuts the pool down afterwards.
    public static func withPool<T>(poolSize: Int = 4, _ body: (RedisPool) async throws -> T) async throws -> T {
        let pool = RedisPool(configuration: try configuration(poolSize: poolSize))
        do {
            let result = try await body(pool)
            await pool.shutdown()
            return result
        } catch {
            await pool.shutdown()
            throw error
        }
    }
}

/// A redis-server of the test's own, run through `deploy/local/redis.sh` in a temp directory on a
/// free port.
public struct PrivateRedis {
    public let directory: URL
    public let port: Int
    public let maxMemory: String

    public var url: String { "redis://127.0.0.1:\(port)" }

    public static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("deploy/local/redis.sh")

    public static func start(maxMemory: String = "64mb") async throws -> PrivateRedis {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("redis-test-\(UUID().uuidString)")
        let server = PrivateRedis(directory: directory, port: try freePort(), maxMemory: maxMemory)
        try await server.start()
        return server
    }

    public func start() async throws {
        try await Self.run(["start", directory.path, String(port), maxMemory])
    }

    public func stop() async throws {
        try await Self.run(["stop", directory.path])
    }

    /// Stops the server and removes its directory.
    public func remove() async {
        try? await stop()
        try? FileManager.default.removeItem(at: directory)
    }

    private static func run(_ arguments: [String]) async throws {
        let status = try await ScriptRunner.run("/bin/bash", [script.path] + arguments)
        guard status == 0 else {
            throw RedisError(.connectionFailed, "redis.sh \(arguments.first ?? "") exited with \(status)")
        }
    }

    /// Asks the kernel for a free TCP port on 127.0.0.1.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw RedisError(.connectionFailed, "socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(fd, generic, length) == 0 && getsockname(fd, generic, &length) == 0
            }
        }
        guard bound else { throw RedisError(.connectionFailed, "bind() failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
