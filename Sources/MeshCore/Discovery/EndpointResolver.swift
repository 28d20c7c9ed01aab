/// Finds the endpoints of a service. The client re-resolves periodically and diffs the results
/// with `EndpointSet`; on an error it should keep the endpoints it has.
public protocol EndpointResolver: Sendable {
    /// Every endpoint the service has now. Throws `DiscoveryError`.
    func resolve() async throws -> [Endpoint]
}

/// Endpoints from configuration, returned as given.
public struct StaticResolver: EndpointResolver {
    public var endpoints: [Endpoint]

    public init(_ endpoints: [Endpoint]) {
        self.endpoints = endpoints
    }

    public func resolve() async throws -> [Endpoint] { endpoints }
}
