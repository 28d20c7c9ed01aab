import Foundation
import Logging
import RedisCoordination
import ServiceLifecycle

/// Finds jobs that stopped moving — non-terminal with `updated_at` older than `threshold` (30 min by
/// default) — and acts on them: the current stage's task is enqueued again (a lost task, a dead
/// worker, a failed enqueue after a callback) up to `maxAttempts` times per stage, then the job fails
/// with error code `stuck`. Runs every `interval` until cancelled or shut down gracefully.
public struct StuckJobSweeper: Service {
    /// When a job counts as stuck and what is done about it.
    public struct Settings: Sendable, Hashable {
        public var threshold: Duration
        public var interval: Duration
        public var maxAttempts: Int

        public init(threshold: Duration = .seconds(30 * 60), interval: Duration = .seconds(60), maxAttempts: Int = 3) {
            self.threshold = threshold
            self.interval = interval
            self.maxAttempts = maxAttempts
        }
    }

    /// What one sweep did.
    public struct Report: Sendable, Hashable {
        public var reenqueued: [String]
        public var failed: [String]

        public init(reenqueued: [String] = [], failed: [String] = []) {
            self.reenqueued = reenqueued
            self.failed = failed
        }
    }

    /// The error code of a job failed by the sweeper.
    public static let stuckCode = "stuck"

    let store: JobStore
    let queues: StageQueues
    let settings: Settings
    let now: @Sendable () -> Date
    let logger: Logger

    /// - Parameter now: the clock deciding what is old; tests inject their own.
    public init(
        store: JobStore, queues: StageQueues, settings: Settings = Settings(), logger: Logger,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.queues = queues
        self.settings = settings
        self.logger = logger
        self.now = now
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    _ = try await sweep()
                } catch is CancellationError {
                    return
                } catch {
                    logger.error("stuck-job sweep failed", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: settings.interval)
            }
        }
    }

    /// The stuck jobs as of `now`.
    public func findStuckJobs(olderThan threshold: Duration? = nil, now: Date? = nil) async throws -> [JobRecord] {
        try await store.findStuckJobs(olderThan: threshold ?? settings.threshold, now: now ?? self.now())
    }

    /// One pass: re-enqueue or fail every stuck job.
    public func sweep() async throws -> Report {
        let instant = now()
        let cutoff = instant.addingTimeInterval(-settings.threshold.timeInterval)
        var report = Report()
        for job in try await store.findStuckJobs(olderThan: settings.threshold, now: instant) {
            guard let stage = job.status.stageInProgress else { continue }
            var metadata: Logger.Metadata = ["job_id": "\(job.jobID)", "stage": "\(stage)", "attempts": "\(job.attempts)"]
            if job.attempts < settings.maxAttempts {
                // Counted first, so two sweepers never both re-enqueue the same job in one round.
                guard let counted = try await store.recordRetry(jobID: job.jobID, notUpdatedSince: cutoff) else { continue }
                do {
                    try await queues.enqueue(stage, for: counted, attempt: counted.attempts + 1)
                    report.reenqueued.append(job.jobID)
                    logger.warning("stuck job re-enqueued", metadata: metadata)
                } catch {
                    metadata["error_code"] = "\(error.reason)"
                    logger.error("stuck job could not be re-enqueued", metadata: metadata)
                }
            } else {
                let event = JobStateMachine.Event.failed(
                    stage, code: Self.stuckCode,
                    message: "no progress for \(Int(settings.threshold.timeInterval / 60)) minutes after "
                        + "\(job.attempts) re-enqueues", at: instant)
                let transition = try await store.apply(event, to: job.jobID, onlyIfUpdatedBefore: cutoff)
                if case .advanced? = transition?.outcome {
                    report.failed.append(job.jobID)
                    metadata["failed_stage"] = "\(stage)"
                    metadata["error_code"] = "\(Self.stuckCode)"
                    logger.error("stuck job failed", metadata: metadata)
                }
            }
        }
        return report
    }
}
