import Foundation

/// Runs blocking work (a child process, a synchronous read) on a thread of its own, so tests running
/// in parallel never starve Swift's cooperative pool — on 2 cores it has only 2 threads.
public func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            continuation.resume(with: Result { try body() })
        }
        thread.start()
    }
}

/// What a finished child process printed (stdout and stderr together) and its exit status.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var output: String
}

/// Runs `executable` with `arguments` to completion, off the cooperative pool.
public func runProcess(
    _ executable: URL, _ arguments: [String], currentDirectory: URL? = nil
) async throws -> ProcessResult {
    try await offPool {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, output: output)
    }
}
