public import MeshJSON

/// An HTTP error the gateway answers with, always written as the one envelope
/// `{"error": {"code": "…", "message": "…", "details": {…}}}`.
public struct GatewayError: Error, Sendable {
    /// HTTP status (4xx or 5xx).
    public var status: Int
    /// Machine-readable: the RPC reason when there is one, else a name such as `not_found`.
    public var code: String
    /// For humans; never internals (5xx from unexpected failures say only "internal error").
    public var message: String
    public var details: [JSONMember]
    /// Extra response headers (`Retry-After`, `Allow`).
    public var headers: [(name: String, value: String)]

    public init(
        status: Int, code: String, message: String, details: [JSONMember] = [],
        headers: [(name: String, value: String)] = []
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers
    }

    /// The envelope body.
    public var body: JSONValue {
        .object([
            JSONMember(
                "error",
                .object([
                    JSONMember("code", .string(code)), JSONMember("message", .string(message)),
                    JSONMember("details", .object(details)),
                ]))
        ])
    }

    static func notFound(path: String) -> GatewayError {
        GatewayError(status: 404, code: "not_found", message: "no route for this path")
    }

    static func methodNotAllowed(allowed: [String]) -> GatewayError {
        GatewayError(
            status: 405, code: "method_not_allowed", message: "method not allowed on this path",
            details: [JSONMember("allowed", .array(allowed.map { .string($0) }))],
            headers: [("Allow", allowed.joined(separator: ", "))])
    }

    static let internalError = GatewayError(status: 500, code: "internal", message: "internal error")
}
