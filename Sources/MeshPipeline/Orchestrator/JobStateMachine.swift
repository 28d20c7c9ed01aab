import Foundation

/// The job state machine of SPEC §6, as a pure value: no I/O, so every transition and guard is
/// unit-tested directly. The orchestrator loads a job's row, applies one event under
/// `SELECT … FOR UPDATE`, and stores the result with the row lock still held.
///
/// `pending → scraping → chunking → embedding → done`, or `failed` with `failed_stage`.
/// `status` names the stage in progress:
///
/// - A new job is `pending`: its scrape task is queued, no worker has it yet.
/// - **Stage started** (`.started(.scraping)`): the scrape worker, when it picks the task up, moves the
///   job `pending → scraping`. This is the only "started" transition: later stages are entered by the
///   previous stage's success, so their status already names them. It is an internal method on the
///   job store, not a public RPC; a scrape worker that cannot reach the store simply skips it.
/// - **Stage succeeded** (`.succeeded(S)`) while S is in progress → the next stage (embedding → `done`);
///   the returned outcome names the stage whose task must now be enqueued.
/// - **Stage failed** (`.failed(S, …)`) while S is in progress → `failed`, `failed_stage = S`, and the
///   error `{stage, code, message, at}`.
/// - "S in progress" means `status == S`, except that scraping is also in progress while `pending`
///   (queued), so a scrape callback is accepted even if the start mark was skipped.
/// - Any event for a stage that is not in progress (a duplicate, a late callback from an earlier stage,
///   anything on a `done` or `failed` job) changes nothing and answers `alreadyAdvanced`.
public struct JobStateMachine: Sendable, Hashable {
    /// Why a job failed: the four fields of the job's `error`.
    public struct Failure: Sendable, Hashable {
        public var stage: PipelineStage
        public var code: String
        public var message: String
        public var at: Date

        public init(stage: PipelineStage, code: String, message: String, at: Date) {
            self.stage = stage
            self.code = code
            self.message = message
            self.at = at
        }
    }

    /// Something that happened to the job.
    public enum Event: Sendable, Hashable {
        /// A worker picked up the stage's task (only `scraping` has a separate start).
        case started(PipelineStage)
        /// A worker finished the stage; `chunkCount` is recorded for chunking.
        case succeeded(PipelineStage, chunkCount: Int? = nil)
        /// A worker (or the stuck-job sweeper) reports the stage failed.
        case failed(PipelineStage, code: String, message: String, at: Date)
    }

    /// What applying an event did.
    public enum Outcome: Sendable, Hashable {
        /// The job changed; enqueue the task of `enqueue` if it is not nil.
        case advanced(enqueue: PipelineStage?)
        /// The event was not for the stage in progress: nothing changed.
        case alreadyAdvanced
    }

    /// The code recorded when a failure report carries none.
    public static let unspecifiedFailureCode = "stage_failed"
    /// Failure messages are cut to this many characters.
    public static let maxMessageLength = 1000

    public private(set) var status: JobStatus
    public private(set) var failure: Failure?
    public private(set) var chunkCount: Int

    /// The stage recorded as failed, for a failed job.
    public var failedStage: PipelineStage? { failure?.stage }

    /// A new job: `pending`.
    public init() {
        self.init(status: .pending, failure: nil, chunkCount: 0)
    }

    /// A job as stored.
    public init(status: JobStatus, failure: Failure?, chunkCount: Int) {
        self.status = status
        self.failure = failure
        self.chunkCount = chunkCount
    }

    /// Applies `event`; see the type's documentation for the rules.
    public mutating func apply(_ event: Event) -> Outcome {
        switch event {
        case .started(let stage):
            guard status == .pending, stage == .scraping else { return .alreadyAdvanced }
            status = .scraping
            return .advanced(enqueue: nil)
        case .succeeded(let stage, let chunks):
            guard status.stageInProgress == stage else { return .alreadyAdvanced }
            if stage == .chunking, let chunks { chunkCount = max(0, chunks) }
            status = stage.next?.status ?? .done
            return .advanced(enqueue: stage.next)
        case .failed(let stage, let code, let message, let at):
            guard status.stageInProgress == stage else { return .alreadyAdvanced }
            status = .failed
            failure = Failure(
                stage: stage, code: code.isEmpty ? Self.unspecifiedFailureCode : code,
                message: String(message.prefix(Self.maxMessageLength)), at: at)
            return .advanced(enqueue: nil)
        }
    }
}
