import CurlClient
import Foundation
import Synchronization
import Testing

/// The Python fixture server, one process per test so counters and slow handlers never
/// interfere between parallel tests. It exits when its stdin (held by us) closes.
struct FixtureServer: Sendable {
    enum RobotsMode: String, Sendable {
        case rules, missing, error
    }

    let port: Int
    var baseURL: String { "http://127.0.0.1:\(port)" }
    func url(_ path: String) -> String { baseURL + path }

    /// Path of the script, next to this file.
    static let scriptPath: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fixture_server.py").path

    /// The interpreter: `$PYTHON3`, else the first python3 found in the usual places.
    static let python: String? = {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let explicit = environment["PYTHON3"] { candidates.append(explicit) }
        candidates += ["/usr/bin/python3", "/usr/local/bin/python3"]
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            candidates.append("\(directory)/python3")
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var available: Bool { python != nil && FileManager.default.fileExists(atPath: scriptPath) }

    /// Starts a server, runs `body` against it, and stops the server whatever happens.
    static func with<T>(
        robots: RobotsMode = .rules, _ body: (FixtureServer) async throws -> T
    ) async throws -> T {
        guard let python else { throw FixtureError("python3 not found (set PYTHON3)") }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("curl-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let portFile = directory.appendingPathComponent("port").path

        let process = Process()
        let stdin = Pipe()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [scriptPath, "--port-file", portFile, "--robots", robots.rawValue]
        process.standardInput = stdin
        try process.run()
        defer {
            process.terminate()
            try? stdin.fileHandleForWriting.close()
        }

        // Bounded wait for the port: 200 x 25 ms = 5 s.
        var port: Int?
        for _ in 0..<200 {
            if let text = try? String(contentsOfFile: portFile, encoding: .utf8), let value = Int(text) {
                port = value
                break
            }
            try await Task.sleep(for: .milliseconds(25))
        }
        guard let port else { throw FixtureError("fixture server did not report its port within 5 s") }
        return try await body(FixtureServer(port: port))
    }

    /// Number of /robots.txt requests this server has answered.
    func robotsHits(using fetcher: HTTPFetcher) async throws -> Int {
        let response = try await fetcher.fetch(FetchRequest(url: url("/robots-hits")))
        return Int(response.text) ?? -1
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

enum TestSupport {
    /// A fetcher allowed to reach the fixture on loopback.
    static func loopbackFetcher(configure: (inout HTTPFetcher.Configuration) -> Void = { _ in }) throws -> HTTPFetcher {
        var configuration = HTTPFetcher.Configuration()
        configuration.addressPolicy = try AddressPolicy(allowCIDRs: ["127.0.0.0/8"])
        configuration.connectTimeout = .seconds(5)
        configuration.totalTimeout = .seconds(10)
        configure(&configuration)
        return try HTTPFetcher(configuration: configuration)
    }

    /// Runs `operation` and returns the `FetchError` it throws (nil if it succeeded or threw something else).
    static func fetchError(_ operation: () async throws -> FetchResponse) async -> FetchError? {
        do {
            _ = try await operation()
            return nil
        } catch let error as FetchError {
            return error
        } catch {
            return nil
        }
    }

    /// Resident set size of this process in bytes, from /proc/self/status (`VmRSS` or `VmHWM`).
    static func memory(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            let digits = line.dropFirst(field.count + 1).filter { $0.isNumber }
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }

    /// A loopback port with nothing listening (bound then released).
    static func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw FixtureError("socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw FixtureError("bind() failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw FixtureError("getsockname() failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Time source for robots TTL tests: only moves when told to.
final class ManualClock: Sendable {
    private let current = Mutex(ContinuousClock.now)
    func now() -> ContinuousClock.Instant { current.withLock { $0 } }
    func advance(by duration: Duration) { current.withLock { $0 = $0.advanced(by: duration) } }
}
