/// Observes and guards every call a server handles: auth, logging, metrics and tracing are interceptors.
public protocol ServerInterceptor: Sendable {
    /// Before the handler runs: may refuse the call by throwing (an `RPCError` goes back to the
    /// caller as is) or adjust its context (e.g. record the authenticated caller).
    func willHandle(_ context: inout ServerContext) throws

    /// After the call ended: `error` is nil on success.
    func didHandle(_ context: ServerContext, error: RPCError?, duration: Duration)
}

extension ServerInterceptor {
    public func willHandle(_ context: inout ServerContext) throws {}
    public func didHandle(_ context: ServerContext, error: RPCError?, duration: Duration) {}
}

/// Refuses calls that do not carry one of the accepted service credentials in `authorization`
/// ("Bearer <token>" or the bare token). Health checks stay open, so probes need no secret.
public struct ServiceCredentialInterceptor: ServerInterceptor {
    private let accepted: Set<String>
    private let exemptServices: Set<String>

    public init(acceptedCredentials: Set<String>, exemptServices: Set<String> = ["mesh.v1.Health"]) {
        self.accepted = acceptedCredentials
        self.exemptServices = exemptServices
    }

    public func willHandle(_ context: inout ServerContext) throws {
        guard !exemptServices.contains(context.method.service) else { return }
        guard let presented = context.metadata[MetadataKey.authorization].map(Self.token(from:)), accepted.contains(presented)
        else {
            throw RPCError(
                code: .unauthenticated, message: "this server requires a service credential in `authorization`",
                reason: "missing_service_credential")
        }
    }

    static func token(from header: String) -> String {
        header.hasPrefix("Bearer ") ? String(header.dropFirst("Bearer ".count)) : header
    }
}
