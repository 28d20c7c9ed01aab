import Foundation

/// One of the Python fixture servers in `Fixtures/`, one process per test. It exits when its stdin
/// (held by us) closes, so it never outlives the test process.
struct PythonServer: Sendable {
    let port: Int
    var baseURL: String { "http://127.0.0.1:\(port)" }
    func url(_ path: String) -> String { baseURL + path }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func with<T>(_ script: String, arguments: [String] = [], _ body: (PythonServer) async throws -> T) async throws
        -> T
    {
        guard let python = TestEnvironment.python else { throw TestFailure("python3 not found (set PYTHON3)") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let portFile = directory.appendingPathComponent("port").path
        let process = Process()
        let stdin = Pipe()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [fixtures.appendingPathComponent(script).path, "--port-file", portFile] + arguments
        process.standardInput = stdin
        try process.run()
        defer {
            process.terminate()
            try? stdin.fileHandleForWriting.close()
        }
        var port: Int?
        for _ in 0..<200 {  // 200 x 25 ms = 5 s
            if let text = try? String(contentsOfFile: portFile, encoding: .utf8), let value = Int(text) {
                port = value
                break
            }
            try await Task.sleep(for: .milliseconds(25))
        }
        guard let port else { throw TestFailure("\(script) did not report its port within 5 s") }
        return try await body(PythonServer(port: port))
    }
}
