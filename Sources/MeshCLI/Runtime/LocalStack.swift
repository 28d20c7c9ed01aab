import Foundation

/// The private PostgreSQL and Redis of `mesh dev`, started and stopped with deploy/local's scripts
/// under one data directory (a second start reuses the data).
struct LocalStack {
    let scripts: URL
    let dataDirectory: URL

    /// Finds deploy/local/ from the working directory (the repository root) or next to the executable.
    init(dataDirectory: URL) throws {
        let candidates = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("deploy/local"),
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
                .appendingPathComponent("../../../deploy/local").standardizedFileURL,
        ]
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent("postgres.sh").path) })
        else {
            throw LocalStackError("deploy/local/postgres.sh not found: run `mesh dev` from the repository root, or pass --postgres-url and --redis-url")
        }
        scripts = found
        self.dataDirectory = dataDirectory
    }

    func startPostgres(port: Int) async throws -> String {
        try prepareDirectory()
        return try lastLine(await runScript(scripts.appendingPathComponent("postgres.sh"), ["start", dataDirectory.appendingPathComponent("postgres").path, String(port)]))
    }

    func startRedis(port: Int) async throws -> String {
        try prepareDirectory()
        return try lastLine(await runScript(scripts.appendingPathComponent("redis.sh"), ["start", dataDirectory.appendingPathComponent("redis").path, String(port)]))
    }

    func stop() async {
        _ = try? await runScript(scripts.appendingPathComponent("redis.sh"), ["stop", dataDirectory.appendingPathComponent("redis").path])
        _ = try? await runScript(scripts.appendingPathComponent("postgres.sh"), ["stop", dataDirectory.appendingPathComponent("postgres").path])
    }

    /// The database server runs as an unprivileged user when we are root: it must be able to enter the directory.
    private func prepareDirectory() throws {
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dataDirectory.path)
    }

    private func lastLine(_ output: String) throws -> String {
        guard let line = output.split(separator: "\n").last.map(String.init), line.contains("://") else {
            throw LocalStackError("unexpected output from a deploy/local script:\n\(output)")
        }
        return line
    }
}
