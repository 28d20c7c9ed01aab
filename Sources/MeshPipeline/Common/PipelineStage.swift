import MeshContracts

/// A stage of the pipeline, in order. The raw value is the name stored in PostgreSQL and shown in JSON.
public enum PipelineStage: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case scraping
    case chunking
    case embedding

    /// The stage after this one; nil after embedding (the job is then done).
    public var next: PipelineStage? {
        switch self {
        case .scraping: .chunking
        case .chunking: .embedding
        case .embedding: nil
        }
    }

    /// The job status while this stage is in progress.
    public var status: JobStatus {
        switch self {
        case .scraping: .scraping
        case .chunking: .chunking
        case .embedding: .embedding
        }
    }

    /// The contract's value.
    public var proto: PipelineV1.Stage {
        switch self {
        case .scraping: .scraping
        case .chunking: .chunking
        case .embedding: .embedding
        }
    }

    /// The stage a contract value names; nil for unspecified or unknown numbers.
    public init?(proto: PipelineV1.Stage) {
        switch proto {
        case .scraping: self = .scraping
        case .chunking: self = .chunking
        case .embedding: self = .embedding
        case .unspecified, .unrecognized: return nil
        }
    }

    public var description: String { rawValue }
}

/// Where a job is. `status` names the stage in progress (`pending` means scraping is queued and has
/// not started yet); `done` and `failed` are terminal.
public enum JobStatus: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case pending
    case scraping
    case chunking
    case embedding
    case done
    case failed

    /// Whether nothing more can happen to the job.
    public var isTerminal: Bool { self == .done || self == .failed }

    /// The stage a worker is (or is about to be) working on; nil for a terminal job.
    public var stageInProgress: PipelineStage? {
        switch self {
        case .pending, .scraping: .scraping
        case .chunking: .chunking
        case .embedding: .embedding
        case .done, .failed: nil
        }
    }

    /// The contract's value.
    public var proto: PipelineV1.JobStatus {
        switch self {
        case .pending: .pending
        case .scraping: .scraping
        case .chunking: .chunking
        case .embedding: .embedding
        case .done: .done
        case .failed: .failed
        }
    }

    /// The status a contract value names; nil for unspecified or unknown numbers.
    public init?(proto: PipelineV1.JobStatus) {
        switch proto {
        case .pending: self = .pending
        case .scraping: self = .scraping
        case .chunking: self = .chunking
        case .embedding: self = .embedding
        case .done: self = .done
        case .failed: self = .failed
        case .unspecified, .unrecognized: return nil
        }
    }

    public var description: String { rawValue }
}
