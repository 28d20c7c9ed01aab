import MeshCore

/// The RPC errors the pipeline's services throw. Every one carries a machine-readable `reason`.
enum PipelineErrors {
    static func invalidArgument(_ reason: String, _ message: String) -> RPCError {
        RPCError(code: .invalidArgument, message: message, reason: reason)
    }

    static func notFound(_ reason: String, _ message: String) -> RPCError {
        RPCError(code: .notFound, message: message, reason: reason)
    }

    static func unauthenticated(_ reason: String, _ message: String) -> RPCError {
        RPCError(code: .unauthenticated, message: message, reason: reason)
    }

    static func resourceExhausted(_ reason: String, _ message: String) -> RPCError {
        RPCError(code: .resourceExhausted, message: message, reason: reason)
    }

    /// A dependency (PostgreSQL, Redis, an upstream) failed; `cause` stays in this process.
    static func unavailable(_ reason: String, _ message: String, cause: (any Error)? = nil) -> RPCError {
        RPCError(code: .unavailable, message: message, reason: reason, cause: cause)
    }

    static func `internal`(_ reason: String, _ message: String, cause: (any Error)? = nil) -> RPCError {
        RPCError(code: .internal, message: message, reason: reason, cause: cause)
    }

    /// Maps a storage failure onto UNAVAILABLE without leaking SQL or parameters.
    static func storage(_ error: any Error) -> RPCError {
        if let rpcError = error as? RPCError { return rpcError }
        if error is CancellationError { return RPCError(mapping: error) }
        return unavailable("database_unavailable", "the database could not complete the request", cause: error)
    }
}

/// A stage that failed for a reason the job should record (`http_403`, `timeout`,
/// `inference_unavailable`, …): the worker reports it and acks the task. Any other error thrown by a
/// stage is treated as transient: the task is left un-acked and re-delivered.
public struct StageFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// Machine-readable code stored as the job error's `code`.
    public var code: String
    /// Human-readable detail (no secrets, no page content).
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
