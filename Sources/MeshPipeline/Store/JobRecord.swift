import Foundation
import MeshContracts
import MeshJSON
import PostgresClient

/// One row of `jobs`.
public struct JobRecord: Sendable, Hashable {
    public var jobID: String
    public var url: String
    public var corpusName: String
    public var status: JobStatus
    public var failure: JobStateMachine.Failure?
    public var callerID: String
    public var chunkCount: Int
    /// Fingerprint of (caller, url, corpus) to tell a repeated submission from a conflicting one.
    public var requestHash: String
    /// Re-enqueues of the current stage by the stuck-job sweeper.
    public var attempts: Int
    /// W3C trace context of the submission, carried on every stage task.
    public var traceparent: String
    public var createdAt: Date
    public var updatedAt: Date
    /// `created_at` in whole microseconds since 1970, exact, for list cursors.
    var createdMicros: Int

    /// The state machine for this job's current state.
    public var stateMachine: JobStateMachine {
        JobStateMachine(status: status, failure: failure, chunkCount: chunkCount)
    }

    /// The job as the contract shows it.
    public var proto: PipelineV1.Job {
        var job = PipelineV1.Job(
            jobID: jobID, url: url, corpusName: corpusName, status: status.proto,
            failedStage: failure?.stage.proto ?? .unspecified, error: nil, callerID: callerID,
            chunkCount: Int32(clamping: chunkCount), createdAt: Timestamps.rfc3339(createdAt),
            updatedAt: Timestamps.rfc3339(updatedAt))
        if let failure {
            job.error = PipelineV1.JobError(
                stage: failure.stage.proto, code: failure.code, message: failure.message,
                at: Timestamps.rfc3339(failure.at))
        }
        return job
    }

    /// The columns every query selects, in the order `init(row:)` reads.
    static let columns = """
        job_id, url, corpus_name, status, failed_stage, error::text AS error, caller_id, chunk_count, request_hash,
        attempts, traceparent, created_at, updated_at, (extract(epoch FROM created_at) * 1000000)::int8 AS created_us
        """

    init(row: PostgresRow) throws {
        jobID = try row.decode(String.self, at: 0)
        url = try row.decode(String.self, at: 1)
        corpusName = try row.decode(String.self, at: 2)
        let statusText = try row.decode(String.self, at: 3)
        guard let status = JobStatus(rawValue: statusText) else {
            throw PostgresError(code: .decodingFailed, message: "unknown job status", column: "status")
        }
        self.status = status
        let errorJSON = try row.decode(String?.self, at: 5)
        failure = errorJSON.flatMap(Self.failure(fromJSON:))
        callerID = try row.decode(String.self, at: 6)
        chunkCount = try row.decode(Int.self, at: 7)
        requestHash = try row.decode(String.self, at: 8)
        attempts = try row.decode(Int.self, at: 9)
        traceparent = try row.decode(String.self, at: 10)
        createdAt = try row.decode(Date.self, at: 11)
        updatedAt = try row.decode(Date.self, at: 12)
        createdMicros = try row.decode(Int.self, at: 13)
    }

    /// The `error` column's JSON: `{stage, code, message, at}`.
    static func json(of failure: JobStateMachine.Failure) -> String {
        JSONWriter.string(.object([
            JSONMember("stage", .string(failure.stage.rawValue)),
            JSONMember("code", .string(failure.code)),
            JSONMember("message", .string(failure.message)),
            JSONMember("at", .string(Timestamps.rfc3339(failure.at))),
        ]))
    }

    static func failure(fromJSON text: String) -> JobStateMachine.Failure? {
        guard let value = try? JSONParser.parse(text),
            case .string(let stageName)? = value["stage"], let stage = PipelineStage(rawValue: stageName)
        else { return nil }
        var code = ""
        var message = ""
        var at = Date(timeIntervalSince1970: 0)
        if case .string(let text)? = value["code"] { code = text }
        if case .string(let text)? = value["message"] { message = text }
        if case .string(let text)? = value["at"], let date = Timestamps.parse(text) { at = date }
        return JobStateMachine.Failure(stage: stage, code: code, message: message, at: at)
    }
}
