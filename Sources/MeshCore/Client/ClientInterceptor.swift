/// Adds to or observes every call a client makes: credentials and trace propagation are interceptors.
public protocol ClientInterceptor: Sendable {
    /// Before the request is sent: add or change metadata.
    func willSend(_ method: MethodDescriptor, metadata: inout Metadata)
}

/// Sends this service's credential in `authorization` on every call.
public struct ServiceCredentialClientInterceptor: ClientInterceptor {
    private let credential: String

    public init(credential: String) { self.credential = credential }

    public func willSend(_ method: MethodDescriptor, metadata: inout Metadata) {
        if metadata[MetadataKey.authorization] == nil { metadata.add(MetadataKey.authorization, "Bearer \(credential)") }
    }
}

/// Carries the handled call's trace context, request id and end-user identity onto the calls made
/// while handling it, unless the caller set them itself.
public struct ContextPropagationInterceptor: ClientInterceptor {
    static let propagatedKeys = [
        MetadataKey.traceparent, "tracestate", MetadataKey.requestID, MetadataKey.callerID, MetadataKey.callerRole,
    ]

    public init() {}

    public func willSend(_ method: MethodDescriptor, metadata: inout Metadata) {
        guard let current = ServerContext.current else { return }
        for key in Self.propagatedKeys where metadata[key] == nil {
            if let value = current.metadata[key] { metadata.add(key, value) }
        }
    }
}
