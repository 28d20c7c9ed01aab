import Logging
import MeshCore
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization

/// The client side of the mesh for one service: endpoints from a resolver (a static list, or DNS
/// re-resolved periodically — every replica of a Kubernetes headless service), one shared
/// connection per endpoint, power-of-two-choices (or round-robin) balancing over endpoints whose
/// circuit breaker admits calls, retries of idempotent methods within a retry budget and never
/// past the deadline, and deadline/context propagation from the call being handled.
///
/// A `Service`: `run()` keeps the endpoint list fresh until shutdown, then closes the connections.
/// Without `run()`, endpoints are resolved once, on the first call.
public final class MeshClient: ClientTransport, Service, Sendable {
    public let configuration: MeshClientConfiguration
    private let resolver: any EndpointResolver
    private let group: any EventLoopGroup
    private let logger: Logger
    private let budget: RetryBudget
    private let interceptors: [any ClientInterceptor]
    private let state = Mutex(State())

    private struct State {
        var endpoints: [EndpointChannel] = []
        var resolved = false
        var roundRobin = RoundRobinPicker()
        var random = SplitMix64(seed: UInt64.random(in: .min ... .max))
    }

    public init(
        resolver: any EndpointResolver, configuration: MeshClientConfiguration = MeshClientConfiguration(),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton, logger: Logger = Logger(label: "mesh.client")
    ) {
        self.resolver = resolver
        self.configuration = configuration
        self.group = group
        self.logger = logger
        self.budget = RetryBudget(configuration: configuration.retryBudget)
        var interceptors = configuration.interceptors
        if let credential = configuration.credential {
            interceptors.append(ServiceCredentialClientInterceptor(credential: credential))
        }
        self.interceptors = interceptors
    }

    /// A client of the servers at fixed addresses.
    public convenience init(endpoints: [Endpoint], configuration: MeshClientConfiguration = MeshClientConfiguration()) {
        self.init(resolver: StaticResolver(endpoints), configuration: configuration)
    }

    // MARK: lifecycle

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await self.refreshEndpoints()
                try? await Task.sleep(for: self.configuration.resolveInterval)
            }
        }
        close()
    }

    /// Closes every connection; calls in flight fail with UNAVAILABLE.
    public func close() {
        let endpoints = state.withLock { $0.endpoints }
        for endpoint in endpoints { endpoint.close() }
    }

    /// Re-resolves and updates the endpoint list (kept as is if resolution fails).
    public func refreshEndpoints() async {
        do {
            let resolved = try await resolver.resolve()
            let (added, removed) = state.withLock { state -> ([Endpoint], [EndpointChannel]) in
                let current = Set(state.endpoints.map(\.endpoint))
                let wanted = Set(resolved)
                let removed = state.endpoints.filter { !wanted.contains($0.endpoint) }
                let added = resolved.filter { !current.contains($0) }
                state.endpoints.removeAll { !wanted.contains($0.endpoint) }
                state.endpoints += added.map {
                    EndpointChannel(endpoint: $0, configuration: configuration, group: group)
                }
                state.resolved = true
                return (added, removed)
            }
            for endpoint in removed { endpoint.close() }
            if !added.isEmpty || !removed.isEmpty {
                logger.info("endpoints changed", metadata: ["added": "\(added)", "removed": "\(removed.map(\.endpoint))"])
            }
        } catch {
            logger.warning("endpoint resolution failed: \(error)")
        }
    }

    /// Each endpoint's breaker state, for metrics and tests.
    public var breakerStates: [String: CircuitBreaker.State] {
        Dictionary(uniqueKeysWithValues: state.withLock { $0.endpoints }.map { ($0.id, $0.breaker.state) })
    }

    // MARK: calls

    public func unary(_ request: RawRequest, method: MethodDescriptor, options: CallOptions) async throws -> RawResponse {
        let deadline = options.effectiveDeadline()
        let metadata = outgoingMetadata(request.metadata, method: method)
        budget.recordRequest()
        var attempt = 0
        var tried: Set<String> = []
        while true {
            attempt += 1
            let endpoint = try await pick(avoiding: tried, method: method)
            tried.insert(endpoint.id)
            do {
                let response = try await endpoint.tracking {
                    let connection = try await endpoint.connection()
                    return try await connection.unaryResponse(
                        method: method.path, payload: request.payload, metadata: metadata, deadline: deadline)
                }
                record(endpoint, error: nil)
                return response
            } catch {
                let failure = RPCError(mapping: error)
                record(endpoint, error: failure)
                let delay = state.withLock { configuration.retry.backoff.delay(attempt: attempt, random: &$0.random) }
                let remaining = deadline.map { ContinuousClock.now.duration(to: $0) }
                guard !Task.isCancelled,
                    configuration.retry.shouldRetry(
                        code: failure.code.rawValue, attempt: attempt, isIdempotent: method.isIdempotent,
                        remaining: remaining, nextDelay: delay),
                    budget.tryWithdrawRetry()
                else { throw failure }
                logger.debug("retrying \(method.path) after \(failure.code.name)", metadata: ["attempt": "\(attempt)"])
                try await Task.sleep(for: delay)
            }
        }
    }

    public func serverStreaming<Result: Sendable>(
        _ request: RawRequest, method: MethodDescriptor, options: CallOptions,
        body: (RawResponseStream) async throws -> Result
    ) async throws -> Result {
        let deadline = options.effectiveDeadline()
        let metadata = outgoingMetadata(request.metadata, method: method)
        let endpoint = try await pick(avoiding: [], method: method)
        do {
            let result = try await endpoint.tracking {
                let connection = try await endpoint.connection()
                return try await connection.serverStreaming(
                    method: method.path, payload: request.payload, metadata: metadata, deadline: deadline, body: body)
            }
            record(endpoint, error: nil)
            return result
        } catch {
            let failure = RPCError(mapping: error)
            record(endpoint, error: failure)
            throw failure
        }
    }

    private func outgoingMetadata(_ metadata: Metadata, method: MethodDescriptor) -> Metadata {
        var metadata = metadata
        for interceptor in interceptors { interceptor.willSend(method, metadata: &metadata) }
        return metadata
    }

    private func pick(avoiding tried: Set<String>, method: MethodDescriptor) async throws -> EndpointChannel {
        if !state.withLock({ $0.resolved }) { await refreshEndpoints() }
        let chosen: EndpointChannel? = state.withLock { state in
            let candidates = state.endpoints.filter { !tried.contains($0.id) }
            let pool = candidates.isEmpty ? state.endpoints : candidates
            let loads = pool.map(\.load)
            let picked: EndpointLoad?
            switch configuration.balancing {
            case .powerOfTwoChoices: picked = PowerOfTwoChoicesPicker().pick(from: loads, random: &state.random)
            case .roundRobin: picked = state.roundRobin.pick(from: loads, random: &state.random)
            }
            return picked.flatMap { load in pool.first { $0.id == load.id } }
        }
        guard let chosen else {
            throw RPCError(
                code: .unavailable, message: "no available endpoint for \(method.service) (all unreachable or breakers open)",
                reason: "no_endpoint")
        }
        switch chosen.breaker.admit() {
        case .rejected(let retryAfter):
            throw RPCError(
                code: .unavailable, message: "circuit open for \(chosen.endpoint); retry after \(retryAfter)", reason: "circuit_open")
        default:
            return chosen
        }
    }

    private func record(_ endpoint: EndpointChannel, error: RPCError?) {
        let transition = error.map { endpoint.breaker.record(code: $0.code.rawValue) } ?? endpoint.breaker.record(.success)
        if let transition {
            logger.warning(
                "circuit breaker \(transition)", metadata: ["endpoint": "\(endpoint.endpoint)", "event": "circuit_breaker_state_change"])
        }
    }
}
