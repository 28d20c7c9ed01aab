import Foundation
import MeshContracts
import PostgresClient

/// Access to the `jobs` table. Every state change goes through `JobStateMachine` inside one
/// transaction that holds the row lock (`SELECT … FOR UPDATE`) and sends `pg_notify` on
/// `eventsChannel` with the job id, so watchers see the change exactly when it commits.
public struct JobStore: Sendable {
    /// The LISTEN/NOTIFY channel of job changes; the payload is the job id.
    public static let eventsChannel = "mesh_job_events"

    /// A job to create.
    public struct NewJob: Sendable, Hashable {
        public var jobID: String
        public var url: String
        public var corpusName: String
        public var callerID: String
        public var requestHash: String
        public var traceparent: String
    }

    /// What applying an event did, and the job afterwards.
    public struct Transition: Sendable, Hashable {
        public var outcome: JobStateMachine.Outcome
        public var job: JobRecord
    }

    let pool: PostgresPool
    let now: @Sendable () -> Date

    /// - Parameter now: the clock stamping `created_at`/`updated_at`; tests inject their own.
    public init(pool: PostgresPool, now: @escaping @Sendable () -> Date = { Date() }) {
        self.pool = pool
        self.now = now
    }

    /// Inserts a `pending` job unless `jobID` exists; returns the stored job and whether it is new.
    public func insert(_ job: NewJob) async throws -> (job: JobRecord, created: Bool) {
        let stamp = now()
        return try await pool.withTransaction { transaction in
            let inserted = try transaction.query(
                """
                INSERT INTO jobs (job_id, url, corpus_name, status, caller_id, request_hash, traceparent, created_at, updated_at)
                VALUES ($1, $2, $3, 'pending', $4, $5, $6, $7, $7)
                ON CONFLICT (job_id) DO NOTHING
                RETURNING \(JobRecord.columns)
                """,
                [.text(job.jobID), .text(job.url), .text(job.corpusName), .text(job.callerID), .text(job.requestHash),
                 .text(job.traceparent), .timestamptz(stamp)])
            if let row = inserted.first {
                let record = try JobRecord(row: row)
                try Self.notify(transaction, record)
                return (record, true)
            }
            let existing = try transaction.query(
                "SELECT \(JobRecord.columns) FROM jobs WHERE job_id = $1", [.text(job.jobID)])
            guard let row = existing.first else {
                // Deleted between the two statements (a refused submission being rolled back): retryable.
                throw PipelineErrors.unavailable("job_conflict_retry", "the job id is being released; retry")
            }
            return (try JobRecord(row: row), false)
        }
    }

    /// The job, or nil.
    public func find(jobID: String) async throws -> JobRecord? {
        try await pool.query("SELECT \(JobRecord.columns) FROM jobs WHERE job_id = $1", [.text(jobID)])
            .first.map(JobRecord.init(row:))
    }

    /// Removes a job that never started (its stage task could not be queued), so the submission is
    /// as if it never happened and the same `job_id` can be submitted again later.
    public func deleteUnstarted(jobID: String) async throws {
        try await pool.query(
            "DELETE FROM jobs WHERE job_id = $1 AND status = 'pending' AND attempts = 0", [.text(jobID)])
    }

    /// Applies `event` to the job under its row lock; nil when there is no such job. With
    /// `onlyIfUpdatedBefore`, a job updated since then is left alone (answered `alreadyAdvanced`).
    public func apply(
        _ event: JobStateMachine.Event, to jobID: String, onlyIfUpdatedBefore cutoff: Date? = nil
    ) async throws -> Transition? {
        let stamp = now()
        return try await pool.withTransaction { transaction in
            guard let row = try transaction.query(
                "SELECT \(JobRecord.columns) FROM jobs WHERE job_id = $1 FOR UPDATE", [.text(jobID)]).first
            else { return nil }
            let record = try JobRecord(row: row)
            if let cutoff, record.updatedAt >= cutoff {
                return Transition(outcome: .alreadyAdvanced, job: record)
            }
            var machine = record.stateMachine
            let outcome = machine.apply(event)
            guard case .advanced = outcome else { return Transition(outcome: outcome, job: record) }
            let stored = try Self.store(machine, jobID: jobID, attempts: 0, at: stamp, in: transaction)
            return Transition(outcome: outcome, job: stored)
        }
    }

    /// Marks the job's stage as started (`pending → scraping`); nil when there is no such job.
    public func markStageStarted(jobID: String, stage: PipelineStage) async throws -> Transition? {
        try await apply(.started(stage), to: jobID)
    }

    /// Non-terminal jobs whose `updated_at` is older than `now - olderThan`, oldest first.
    public func findStuckJobs(olderThan threshold: Duration, now: Date, limit: Int = 500) async throws -> [JobRecord] {
        let cutoff = now.addingTimeInterval(-threshold.timeInterval)
        return try await pool.query(
            """
            SELECT \(JobRecord.columns) FROM jobs
            WHERE status NOT IN ('done', 'failed') AND updated_at < $1
            ORDER BY updated_at, job_id LIMIT $2
            """, [.timestamptz(cutoff), .int(limit)]
        ).map(JobRecord.init(row:))
    }

    /// Counts a re-enqueue of a stuck job's current stage (attempts + 1, `updated_at` now), if the job
    /// is still non-terminal and not updated since `cutoff`; nil otherwise.
    public func recordRetry(jobID: String, notUpdatedSince cutoff: Date) async throws -> JobRecord? {
        let stamp = now()
        return try await pool.withTransaction { transaction in
            guard let row = try transaction.query(
                "SELECT \(JobRecord.columns) FROM jobs WHERE job_id = $1 FOR UPDATE", [.text(jobID)]).first
            else { return nil }
            let record = try JobRecord(row: row)
            guard !record.status.isTerminal, record.updatedAt < cutoff else { return nil }
            return try Self.store(record.stateMachine, jobID: jobID, attempts: record.attempts + 1, at: stamp, in: transaction)
        }
    }

    /// One page of a caller's jobs, newest first: `(created_at, job_id)` strictly below `after`.
    func list(callerID: String, status: JobStatus?, limit: Int, after: JobCursor?) async throws -> [JobRecord] {
        try await pool.query(
            """
            SELECT \(JobRecord.columns) FROM jobs
            WHERE caller_id = $1 AND ($2 = '' OR status = $2)
              AND ($3 < 0 OR (created_at, job_id) < (timestamptz 'epoch' + $3 * interval '1 microsecond', $4))
            ORDER BY created_at DESC, job_id DESC
            LIMIT $5
            """,
            [.text(callerID), .text(status?.rawValue ?? ""), .int(after?.createdMicros ?? -1),
             .text(after?.jobID ?? ""), .int(limit)]
        ).map(JobRecord.init(row:))
    }

    // MARK: - Inside a transaction

    private static func store(
        _ machine: JobStateMachine, jobID: String, attempts: Int, at stamp: Date, in transaction: PostgresTransaction
    ) throws -> JobRecord {
        let rows = try transaction.query(
            """
            UPDATE jobs SET status = $2, failed_stage = $3, error = $4, chunk_count = $5, attempts = $6, updated_at = $7
            WHERE job_id = $1
            RETURNING \(JobRecord.columns)
            """,
            [.text(jobID), .text(machine.status.rawValue), machine.failedStage.map { .text($0.rawValue) } ?? .null,
             machine.failure.map { .jsonb(JobRecord.json(of: $0)) } ?? .null, .int(machine.chunkCount),
             .int(attempts), .timestamptz(stamp)])
        guard let row = rows.first else {
            throw PostgresError(code: .queryFailed, message: "the locked job row vanished")
        }
        let record = try JobRecord(row: row)
        try notify(transaction, record)
        return record
    }

    /// Notifies `eventsChannel` with `<job_id> <base64 of the Job message>`: watchers get every
    /// committed state in commit order without reading the row again (a payload stays far below
    /// PostgreSQL's 8000-byte limit: the URL is at most 2 KB and an error message 1000 characters).
    private static func notify(_ transaction: PostgresTransaction, _ record: JobRecord) throws {
        let payload = record.jobID + " " + Data(record.proto.serializedBytes()).base64EncodedString()
        try transaction.query("SELECT pg_notify($1, $2)", [.text(eventsChannel), .text(payload)])
    }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    var timeInterval: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) * 1e-18
    }
}
