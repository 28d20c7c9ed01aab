import Logging
import MeshContracts

/// What a stage did with a task.
public enum StageOutput: Sendable, Hashable {
    /// The work is done; report success (with the chunk count, for chunking).
    case completed(chunkCount: Int?)
    /// Nothing to do (the job is gone or already past this stage): ack without reporting.
    case skipped(reason: String)
}

/// The work of one stage on one task. Throw `StageFailure` for a failure the job should record
/// (reported, task acked); any other error is transient (task left un-acked, re-delivered after the
/// visibility timeout, dead-lettered after `max_deliveries`).
public protocol StageHandler: Sendable {
    var stage: PipelineStage { get }
    func process(_ task: PipelineV1.StageTask, logger: Logger) async throws -> StageOutput
}
