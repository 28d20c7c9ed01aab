import Foundation
import MeshContracts
import PostgresClient

/// Streams one job's states for `WatchJob`: the current state first, then every committed change
/// in order, ending after a terminal state.
///
/// Each watch LISTENs on `JobStore.eventsChannel` with a connection of its own (started before the
/// current state is read, so no change can slip in between); the notification payload carries the
/// job as committed. PostgreSQL drops notifications while a listener reconnects, so the row is also
/// re-read every `pollInterval`. A state is sent only if it is newer than the last one sent
/// (by `updated_at`, then by position in the pipeline), so the stream never goes backwards.
public struct JobWatcher: Sendable {
    let store: JobStore
    let postgresURL: String
    let pollInterval: Duration

    public init(store: JobStore, postgresURL: String, pollInterval: Duration = .seconds(5)) {
        self.store = store
        self.postgresURL = postgresURL
        self.pollInterval = pollInterval
    }

    /// Calls `send` with each state of the caller's job until it is terminal. NOT_FOUND for an
    /// unknown job or another caller's.
    func watch(jobID: String, callerID: String, send: (JobRecord.Snapshot) async throws -> Void) async throws {
        let listener: PostgresListener
        do {
            listener = try await PostgresListener.start(url: postgresURL, channel: JobStore.eventsChannel)
        } catch {
            throw PipelineErrors.storage(error)
        }
        defer { listener.stop() }
        let first: JobRecord?
        do {
            first = try await store.find(jobID: jobID)
        } catch {
            throw PipelineErrors.storage(error)
        }
        guard let first, first.callerID == callerID else { throw PipelineErrors.notFound("job_not_found", "no such job") }
        var last = JobRecord.Snapshot(first.proto)
        try await send(last)
        if first.status.isTerminal { return }

        let (updates, continuation) = AsyncStream.makeStream(of: JobRecord.Snapshot?.self, bufferingPolicy: .unbounded)
        let prefix = jobID + " "
        let store = self.store
        let pollInterval = self.pollInterval
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await notification in listener.notifications where notification.payload.hasPrefix(prefix) {
                    let encoded = notification.payload.dropFirst(prefix.count)
                    guard let bytes = Data(base64Encoded: String(encoded)),
                        let job = try? PipelineV1.Job(serializedBytes: Array(bytes))
                    else { continue }
                    continuation.yield(JobRecord.Snapshot(job))
                }
                continuation.finish()
            }
            group.addTask {
                while true {
                    try await Task.sleep(for: pollInterval)
                    // A failed read (database briefly down) just waits for the next tick.
                    do {
                        continuation.yield(try await store.find(jobID: jobID).map { JobRecord.Snapshot($0.proto) })
                    } catch is CancellationError {
                        return
                    } catch {
                        continue
                    }
                }
            }
            defer { group.cancelAll() }
            for await update in updates {
                // nil: the row is gone (it cannot be, once started; end rather than wait forever).
                guard let update else { return }
                guard update.isNewer(than: last) else { continue }
                try await send(update)
                last = update
                if update.isTerminal { return }
            }
        }
    }
}

extension JobRecord {
    /// A job state as sent to watchers, with what is needed to order states.
    struct Snapshot: Sendable {
        var job: PipelineV1.Job
        var updatedAt: Date
        var rank: Int

        init(_ job: PipelineV1.Job) {
            self.job = job
            updatedAt = Timestamps.parse(job.updatedAt) ?? Date(timeIntervalSince1970: 0)
            let status = JobStatus(proto: job.status)
            rank = status.map { JobStatus.allCases.firstIndex(of: $0) ?? 0 } ?? 0
        }

        var isTerminal: Bool { JobStatus(proto: job.status)?.isTerminal ?? false }

        func isNewer(than other: Snapshot) -> Bool {
            if updatedAt != other.updatedAt { return updatedAt > other.updatedAt }
            return rank > other.rank
        }
    }
}
