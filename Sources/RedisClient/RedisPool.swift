import Foundation

/// A fixed set of Redis connections, each owned by its own dedicated thread, so that blocking
/// hiredis calls never run on Swift's cooperative thread pool: async callers just `await`.
///
/// - Commands queue up and go to the next free connection; when several are waiting, one thread
///   sends them together as a pipeline (one write, one read burst).
/// - A broken connection (Redis restarted, timeout, reset) is dropped and replaced on next use.
///   While Redis is down, commands fail fast with `RedisError.Code.connectionFailed`; once it is
///   back, the same pool works again without intervention.
/// - A blocking command (`send(_:blockingFor:)`, e.g. `XREADGROUP … BLOCK`) holds one connection
///   for its whole duration. Size the pool as (blocking consumers + connections for everything
///   else), or give consumers a pool of their own.
/// - Task cancellation does not abort a command: once queued it runs (and is bounded by the
///   command timeout, or the block time plus the command timeout).
public final class RedisPool: Sendable {
    private let queue = RedisJobQueue()
    /// The configuration the pool connects with.
    public let configuration: RedisConfiguration

    /// Starts `configuration.poolSize` threads. Connections are opened lazily, on first use.
    public init(configuration: RedisConfiguration) {
        self.configuration = configuration
        let worker = RedisPoolWorker(configuration: configuration, queue: queue)
        for index in 0..<max(1, configuration.poolSize) {
            queue.threadStarted()
            let thread = Thread { worker.run() }
            thread.name = "redis-pool-\(index)"
            thread.start()
        }
    }

    /// Convenience: a pool for `redis://host:port[/db]`.
    public convenience init(url: String, poolSize: Int = 4) throws(RedisError) {
        var configuration = try RedisConfiguration(url: url)
        configuration.poolSize = poolSize
        self.init(configuration: configuration)
    }

    deinit {
        queue.close(threadCount: max(1, configuration.poolSize))
    }

    /// Sends one command; error replies are thrown as `RedisError`.
    public func send(_ arguments: [RedisArgument]) async throws(RedisError) -> RedisReply {
        try await single(arguments, blockingTimeout: nil)
    }

    /// Sends one command; error replies are thrown as `RedisError`.
    public func send(_ arguments: RedisArgument...) async throws(RedisError) -> RedisReply {
        try await single(arguments, blockingTimeout: nil)
    }

    /// Sends a command that blocks on the server for up to `blockingFor` (e.g. `XREADGROUP …
    /// BLOCK ms`). It runs alone on one connection, with the socket timeout raised accordingly.
    public func send(_ arguments: [RedisArgument], blockingFor: Duration) async throws(RedisError) -> RedisReply {
        try await single(arguments, blockingTimeout: blockingFor + configuration.commandTimeout)
    }

    /// Sends several commands in one write on one connection and returns every reply in order;
    /// error replies come back as `.error` values.
    public func pipeline(_ commands: [[RedisArgument]]) async throws(RedisError) -> [RedisReply] {
        guard !commands.isEmpty else { return [] }
        return try await run(commands, blockingTimeout: nil)
    }

    /// Refuses new commands, fails queued ones with `.poolClosed`, and waits until every thread
    /// has finished its current command and closed its connection.
    public func shutdown() async {
        queue.close(threadCount: max(1, configuration.poolSize))
        await queue.waitForThreads()
    }

    private func single(_ arguments: [RedisArgument], blockingTimeout: Duration?) async throws(RedisError)
        -> RedisReply
    {
        let replies = try await run([arguments], blockingTimeout: blockingTimeout)
        guard let reply = replies.first else { throw RedisError(.protocolError, "no reply") }
        return try reply.errorChecked()
    }

    private func run(_ commands: [[RedisArgument]], blockingTimeout: Duration?) async throws(RedisError)
        -> [RedisReply]
    {
        let result = await withCheckedContinuation {
            (continuation: CheckedContinuation<Result<[RedisReply], RedisError>, Never>) in
            queue.submit(
                RedisJob(
                    commands: commands,
                    blockingTimeout: blockingTimeout,
                    complete: { continuation.resume(returning: $0) }
                ))
        }
        return try result.get()
    }
}
