import Foundation

/// Runs blocking work (a child process) on a thread of its own, off Swift's cooperative pool.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

/// Runs a script to completion, returning what it printed; a non-zero exit is an error naming it.
func runScript(_ script: URL, _ arguments: [String]) async throws -> String {
    try await offPool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path] + arguments
        // Output goes to a file, not a pipe: a server the script daemonizes could hold a pipe open forever.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-script-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? handle.close()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw LocalStackError("\(script.lastPathComponent) \(arguments.joined(separator: " ")) failed:\n\(output)")
        }
        return output
    }
}

struct LocalStackError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
