import CoreMetrics
import MeshCore
import NIOCore
import Synchronization

/// One endpoint of a service as the client sees it: its connection (made lazily, remade after it
/// closes, with exponential backoff between failed attempts), its circuit breaker, and the calls in
/// flight to it (for power-of-two-choices).
final class EndpointChannel: Sendable {
    let endpoint: Endpoint
    let breaker: CircuitBreaker
    private let configuration: MeshClientConfiguration
    private let group: any EventLoopGroup
    private let state = Mutex(State())
    private let inFlight = Atomic<Int>(0)

    private struct State {
        var connection: MeshConnection?
        var connecting: EventLoopFuture<MeshConnection>?
        var consecutiveFailures = 0
        var nextAttempt: ContinuousClock.Instant?
        var random = SplitMix64(seed: UInt64.random(in: .min ... .max))
    }

    init(endpoint: Endpoint, configuration: MeshClientConfiguration, group: any EventLoopGroup) {
        self.endpoint = endpoint
        self.configuration = configuration
        self.group = group
        let gauge = Gauge(label: "mesh_circuit_breaker_state", dimensions: [("target", endpoint.description)])
        gauge.record(CircuitBreaker.State.closed.gaugeValue)
        self.breaker = CircuitBreaker(
            configuration: configuration.breaker, onTransition: { transition in gauge.record(transition.to.gaugeValue) })
    }

    var id: String { endpoint.description }
    var outstanding: Int { inFlight.load(ordering: .relaxed) }

    var load: EndpointLoad {
        EndpointLoad(id: id, outstanding: outstanding, isAvailable: breaker.isAvailable && !isBackingOff)
    }

    private var isBackingOff: Bool {
        state.withLock { state in
            guard state.connection?.acceptsNewCalls != true, let next = state.nextAttempt else { return false }
            return next > .now
        }
    }

    /// Counts a call in flight for the duration of `body`.
    func tracking<T>(_ body: () async throws -> T) async throws -> T {
        inFlight.wrappingAdd(1, ordering: .relaxed)
        defer { inFlight.wrappingSubtract(1, ordering: .relaxed) }
        return try await body()
    }

    /// A connection that accepts new calls: the current one, the one being made, or a new one.
    func connection() async throws -> MeshConnection {
        enum Step {
            case ready(MeshConnection)
            case wait(EventLoopFuture<MeshConnection>)
            case connect(EventLoopPromise<MeshConnection>)
            case backingOff(Duration)
        }
        let step: Step = state.withLock { state in
            if let connection = state.connection, connection.acceptsNewCalls { return .ready(connection) }
            if let connecting = state.connecting { return .wait(connecting) }
            if let next = state.nextAttempt, next > .now { return .backingOff(ContinuousClock.now.duration(to: next)) }
            let promise = group.next().makePromise(of: MeshConnection.self)
            state.connecting = promise.futureResult
            return .connect(promise)
        }
        switch step {
        case .ready(let connection):
            return connection
        case .wait(let future):
            return try await future.get()
        case .backingOff(let remaining):
            throw RPCError(
                code: .unavailable, message: "\(endpoint) is unreachable; reconnecting in \(remaining)", reason: "reconnect_backoff")
        case .connect(let promise):
            do {
                let connection = try await MeshConnection.connect(
                    host: endpoint.host, port: endpoint.port, configuration: configuration.connection, group: group)
                state.withLock { state in
                    state.connection = connection
                    state.connecting = nil
                    state.consecutiveFailures = 0
                    state.nextAttempt = nil
                }
                promise.succeed(connection)
                return connection
            } catch {
                state.withLock { state in
                    state.connecting = nil
                    state.consecutiveFailures += 1
                    let delay = configuration.reconnectBackoff.delay(attempt: state.consecutiveFailures, random: &state.random)
                    state.nextAttempt = .now + delay
                }
                promise.fail(error)
                throw error
            }
        }
    }

    func close() {
        let connection = state.withLock { state in
            defer { state.connection = nil }
            return state.connection
        }
        connection?.close()
    }
}
