import Foundation

/// The loop one pool thread runs: it owns one `RedisConnection` for its whole life, replaces it
/// when broken, and executes jobs from the shared queue on it.
struct RedisPoolWorker: Sendable {
    let configuration: RedisConfiguration
    let queue: RedisJobQueue

    func run() {
        var connection: RedisConnection?
        var lastConnectFailure: (at: ContinuousClock.Instant, error: RedisError)?
        while let batch = queue.nextBatch() {
            let result = Result { () throws(RedisError) -> [RedisReply] in
                let live = try usableConnection(&connection, lastFailure: &lastConnectFailure)
                return try live.pipeline(batch.flatMap(\.commands), timeout: batch.first?.blockingTimeout)
            }
            if connection?.isBroken == true { connection = nil }
            deliver(result, to: batch)
        }
        connection = nil
        queue.threadExited()
    }

    /// The current connection if it is still good, else a new one. While Redis is down, connects
    /// are retried at most once per `reconnectBackoff`; in between, jobs fail at once.
    private func usableConnection(
        _ connection: inout RedisConnection?,
        lastFailure: inout (at: ContinuousClock.Instant, error: RedisError)?
    ) throws(RedisError) -> RedisConnection {
        if let existing = connection, !existing.peerClosed() { return existing }
        connection = nil
        if let failure = lastFailure, failure.at.duration(to: .now) < configuration.reconnectBackoff {
            throw failure.error
        }
        do {
            let fresh = try RedisConnection(configuration: configuration)
            connection = fresh
            lastFailure = nil
            return fresh
        } catch {
            lastFailure = (.now, error)
            throw error
        }
    }

    /// Splits a pipeline's replies back to the jobs that asked for them.
    private func deliver(_ result: Result<[RedisReply], RedisError>, to batch: [RedisJob]) {
        switch result {
        case .failure(let error):
            for job in batch { job.complete(.failure(error)) }
        case .success(let replies):
            var start = 0
            for job in batch {
                let end = min(start + job.commands.count, replies.count)
                job.complete(.success(Array(replies[start..<end])))
                start = end
            }
        }
    }
}
