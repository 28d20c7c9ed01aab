import MeshCore
import MeshJSON

extension GatewayError {
    /// The HTTP form of a failed call (SPEC §7): INVALID_ARGUMENT 422, NOT_FOUND 404, ALREADY_EXISTS 409,
    /// PERMISSION_DENIED 403, UNAUTHENTICATED 401, RESOURCE_EXHAUSTED 429 + Retry-After (413 for reason
    /// `too_large`), UNAVAILABLE 503, DEADLINE_EXCEEDED 504; anything else 500 without its message.
    ///
    /// - Parameter deadlineHint: appended to a 504's message (e.g. "use POST /jobs").
    init(rpcError error: RPCError, deadlineHint: String? = nil) {
        let code = error.code
        let status: Int
        var name: String
        var headers: [(name: String, value: String)] = []
        switch code {
        case .invalidArgument:
            (status, name) = (422, "invalid_argument")
        case .notFound:
            (status, name) = (404, "not_found")
        case .alreadyExists:
            (status, name) = (409, "conflict")
        case .permissionDenied:
            (status, name) = (403, "forbidden")
        case .unauthenticated:
            (status, name) = (401, "unauthenticated")
        case .resourceExhausted where error.reason == "too_large":
            (status, name) = (413, "payload_too_large")
        case .resourceExhausted:
            (status, name) = (429, "rate_limited")
            headers.append(("Retry-After", String(Self.retryAfterSeconds(error.metadata))))
        case .unavailable:
            (status, name) = (503, "unavailable")
        case .deadlineExceeded:
            (status, name) = (504, "deadline_exceeded")
        default:
            self = .internalError
            return
        }
        if !error.reason.isEmpty { name = error.reason }
        var message = error.message.isEmpty ? name : error.message
        if status == 504, let deadlineHint { message += "; " + deadlineHint }
        self.init(
            status: status, code: name, message: message,
            details: [JSONMember("rpc_code", .string(code.name))], headers: headers)
    }

    /// From the call's `retry-after` metadata (seconds) when the service sent one; 1 otherwise.
    private static func retryAfterSeconds(_ metadata: Metadata) -> Int {
        guard let text = metadata["retry-after"], let seconds = Int(text), seconds > 0 else { return 1 }
        return seconds
    }
}
