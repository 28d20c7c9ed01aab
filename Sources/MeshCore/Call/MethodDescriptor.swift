/// A method of a service, as generated from `Protos/`.
public struct MethodDescriptor: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case unary
        case serverStreaming
    }

    /// Fully qualified service name, e.g. "mesh.pipeline.v1.Orchestrator".
    public var service: String
    /// Method name, e.g. "SubmitJob".
    public var method: String
    public var kind: Kind
    /// Marked idempotent in the protos: the client may retry it.
    public var isIdempotent: Bool

    public init(service: String, method: String, kind: Kind, isIdempotent: Bool) {
        self.service = service
        self.method = method
        self.kind = kind
        self.isIdempotent = isIdempotent
    }

    /// The wire name, "/package.Service/Method".
    public var path: String { "/\(service)/\(method)" }

    public var description: String { path }
}
