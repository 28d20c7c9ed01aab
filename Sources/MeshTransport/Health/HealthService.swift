import MeshContracts
import MeshCore
import Synchronization

/// The standard `mesh.v1.Health` service (modelled on grpc.health.v1) that every `MeshServer`
/// serves: the status of the server ("") and of each of its services, and a stream of changes.
public final class HealthService: MeshV1.HealthService, Sendable {
    private let state: Mutex<State>

    private struct State {
        var statuses: [String: MeshV1.ServingStatus]
        var watchers: [Int: (service: String, continuation: AsyncStream<MeshV1.ServingStatus>.Continuation)] = [:]
        var nextWatcher = 0
    }

    /// Starts with the server and each of `services` SERVING.
    public init(services: some Sequence<String>) {
        var statuses: [String: MeshV1.ServingStatus] = ["": .serving]
        for service in services { statuses[service] = .serving }
        state = Mutex(State(statuses: statuses))
    }

    /// Changes a status ("" is the whole server) and tells every watcher of it.
    public func setStatus(_ status: MeshV1.ServingStatus, for service: String = "") {
        let watchers = state.withLock { state in
            state.statuses[service] = status
            return state.watchers.values.filter { $0.service == service }.map(\.continuation)
        }
        for watcher in watchers { watcher.yield(status) }
    }

    /// Marks the server and every service NOT_SERVING (on drain).
    public func setAllNotServing() {
        let services = state.withLock { Array($0.statuses.keys) }
        for service in services { setStatus(.notServing, for: service) }
    }

    public func check(_ request: MeshV1.HealthCheckRequest, context: ServerContext) async throws -> MeshV1.HealthCheckResponse {
        guard let status = state.withLock({ $0.statuses[request.service] }) else {
            throw RPCError(code: .notFound, message: "unknown service '\(request.service)'", reason: "unknown_service")
        }
        return MeshV1.HealthCheckResponse(status: status)
    }

    public func watch(
        _ request: MeshV1.HealthCheckRequest, writer: ServerStreamWriter<MeshV1.HealthCheckResponse>, context: ServerContext
    ) async throws {
        let (changes, continuation) = AsyncStream<MeshV1.ServingStatus>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let (id, current) = state.withLock { state in
            defer { state.nextWatcher += 1 }
            state.watchers[state.nextWatcher] = (request.service, continuation)
            return (state.nextWatcher, state.statuses[request.service] ?? .serviceUnknown)
        }
        defer { _ = state.withLock { $0.watchers.removeValue(forKey: id) } }
        try await writer.write(MeshV1.HealthCheckResponse(status: current))
        try await withTaskCancellationHandler {
            for await status in changes { try await writer.write(MeshV1.HealthCheckResponse(status: status)) }
        } onCancel: {
            continuation.finish()
        }
    }
}
