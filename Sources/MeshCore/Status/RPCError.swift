/// The error every call fails with: a canonical code, a human message, a machine-readable `reason`
/// (e.g. "http_403", "inference_unavailable") and, locally only, the underlying cause.
///
/// Only `code`, `message`, `reason` and `metadata` cross the wire; `cause` stays in this process so
/// internals (SQL, stack details) are never sent to a caller.
public struct RPCError: Error, Sendable, CustomStringConvertible {
    public var code: StatusCode
    public var message: String
    public var reason: String
    public var metadata: Metadata
    public var cause: (any Error)?

    public init(
        code: StatusCode, message: String, reason: String = "", metadata: Metadata = [:], cause: (any Error)? = nil
    ) {
        self.code = code
        self.message = message
        self.reason = reason
        self.metadata = metadata
        self.cause = cause
    }

    public var description: String {
        reason.isEmpty ? "\(code.name): \(message)" : "\(code.name) (\(reason)): \(message)"
    }
}

/// Lets an application error say which RPC status it stands for, so handlers may throw their own types.
public protocol RPCErrorConvertible: Error {
    var rpcError: RPCError { get }
}

extension RPCError {
    /// Maps any error a handler or transport threw onto an `RPCError` without leaking its text:
    /// unknown error types become INTERNAL with a generic message (the original kept as `cause`).
    public init(mapping error: any Error) {
        switch error {
        case let rpcError as RPCError:
            self = rpcError
        case let convertible as any RPCErrorConvertible:
            self = convertible.rpcError
        case is CancellationError:
            self.init(code: .cancelled, message: "the call was cancelled", cause: error)
        default:
            self.init(code: .internal, message: "internal error", cause: error)
        }
    }
}
