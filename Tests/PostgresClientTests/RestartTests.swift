import Foundation
import MeshTestSupport
import PostgresClient
import Testing

/// A private server started with deploy/local/postgres.sh on a free port in a temporary directory.
struct PrivatePostgres {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("deploy/local/postgres.sh")

    let directory: String
    let port: Int

    init() throws {
        // Short: the Unix socket lives in this directory.
        directory = "/tmp/" + uniqueName("pg").prefix(14)
        port = try Self.freePort()
    }

    var url: String { "postgresql://postgres@127.0.0.1:\(port)/postgres" }

    func start() async throws { _ = try await run(["start", directory, String(port)]) }
    func stop() async throws { _ = try await run(["stop", directory]) }
    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    /// Runs the script off the cooperative pool (it waits for the server for up to seconds).
    @discardableResult
    func run(_ arguments: [String]) async throws -> String {
        let result = try await runProcess(URL(fileURLWithPath: "/bin/bash"), [Self.script.path] + arguments)
        guard result.status == 0 else {
            throw PostgresError(code: .connectionFailed, message: "postgres.sh \(arguments.joined(separator: " ")) failed: \(result.output)")
        }
        return result.output
    }

    /// Asks the kernel for a free port on 127.0.0.1.
    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw PostgresError(code: .connectionFailed, message: "socket() failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else { throw PostgresError(code: .connectionFailed, message: "cannot bind a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

@Suite("Pool across a PostgreSQL restart", .enabled(if: Integration.enabled))
struct RestartTests {
    @Test("queries fail fast with .connectionFailed while the server is down and work again after it restarts")
    func survivesRestart() async throws {
        let server = try PrivatePostgres()
        do {
            try await exercise(server)
        } catch {
            try? await server.stop()
            server.remove()
            throw error
        }
        try? await server.stop()
        server.remove()
    }

    private func exercise(_ server: PrivatePostgres) async throws {
        let started = try await server.run(["start", server.directory, String(server.port)])
        #expect(started.contains(server.url))
        // A second start reuses the running server and prints the same URL.
        let again = try await server.run(["start", server.directory, String(server.port)])
        #expect(again.contains(server.url))
        let status = try await server.run(["status", server.directory])
        #expect(status.contains("running \(server.port)"))

        let pool = PostgresPool(configuration: PostgresPoolConfiguration(
            url: server.url, size: 4, connectTimeout: .seconds(2), acquireTimeout: .seconds(5)))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for value in 0..<8 {
                group.addTask {
                    let rows = try await pool.query("SELECT $1::int8 AS v", [.int(value)])
                    #expect(try rows[0]["v", as: Int.self] == value)
                }
            }
            try await group.waitForAll()
        }

        try await server.stop()
        let clock = ContinuousClock()
        for _ in 0..<6 {
            let start = clock.now
            let error = await #expect(throws: PostgresError.self) { try await pool.query("SELECT 1") }
            #expect(error?.code == .connectionFailed)
            #expect(error?.message.contains("127.0.0.1:\(server.port)") == true)
            #expect(clock.now - start < .seconds(2))
        }

        try await server.start()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for value in 0..<8 {
                group.addTask {
                    let rows = try await pool.query("SELECT $1::int8 AS v", [.int(value)])
                    #expect(try rows[0]["v", as: Int.self] == value)
                }
            }
            try await group.waitForAll()
        }
        await pool.shutdown()
    }
}
