/// The methods a server answers, by wire path.
public struct RPCRouter: Sendable {
    public struct Route: Sendable {
        public var descriptor: MethodDescriptor
        public var handler: RPCHandler
    }

    private var routes: [String: Route] = [:]

    public init() {}

    public init(services: [any RPCService]) {
        for service in services { service.registerMethods(with: &self) }
    }

    /// Adds a method; a later registration of the same path replaces the earlier one.
    public mutating func register(_ descriptor: MethodDescriptor, handler: RPCHandler) {
        routes[descriptor.path] = Route(descriptor: descriptor, handler: handler)
    }

    public mutating func register(_ service: some RPCService) {
        service.registerMethods(with: &self)
    }

    public func route(for path: String) -> Route? { routes[path] }

    /// Fully qualified names of the services with at least one method here.
    public var serviceNames: Set<String> { Set(routes.values.map(\.descriptor.service)) }

    public var methods: [MethodDescriptor] { routes.values.map(\.descriptor).sorted { $0.path < $1.path } }
}
