import Synchronization

/// Resolves a name to ALL its A and AAAA records, each an endpoint on `port`: how a Kubernetes
/// headless service lists every replica.
///
/// The lookup (getaddrinfo) blocks, so it runs on a dedicated thread and the caller just awaits it.
/// Cancelling the awaiting task returns at once with `CancellationError`; the thread finishes the
/// lookup on its own and its answer is dropped.
public struct DNSResolver: EndpointResolver {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Every address of `host` now, in the system resolver's order, without duplicates.
    /// Throws `DiscoveryError` or `CancellationError`.
    public func resolve() async throws -> [Endpoint] {
        guard !host.isEmpty, (1...65535).contains(port) else {
            throw DiscoveryError(code: .invalidAddress, message: "a DNS name and a port from 1 to 65535 are required")
        }
        let host = self.host
        let port = self.port
        let pending = PendingLookup()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                guard pending.install(continuation) else { return }
                let started = DedicatedThread.detach {
                    pending.finish(with: Result { () throws(DiscoveryError) in try Self.lookUp(host: host, port: port) }
                        .mapError { $0 as any Error })
                }
                if !started {
                    let error = DiscoveryError(code: .resolutionFailed, message: "cannot start a resolver thread")
                    pending.finish(with: .failure(error))
                }
            }
        } onCancel: {
            pending.finish(with: .failure(CancellationError()))
        }
    }
}

/// The continuation of one lookup, resumed exactly once: by the lookup's result or by cancellation,
/// whichever comes first.
private final class PendingLookup: Sendable {
    private enum State {
        case idle
        case waiting(CheckedContinuation<[Endpoint], any Error>)
        case cancelledEarly
        case finished
    }

    private let state = Mutex(State.idle)

    /// Stores the continuation; false (after resuming it) if the task was cancelled before.
    func install(_ continuation: CheckedContinuation<[Endpoint], any Error>) -> Bool {
        let cancelled = state.withLock { state in
            guard case .idle = state else { return true }
            state = .waiting(continuation)
            return false
        }
        if cancelled { continuation.resume(throwing: CancellationError()) }
        return !cancelled
    }

    func finish(with result: Result<[Endpoint], any Error>) {
        let continuation = state.withLock { state -> CheckedContinuation<[Endpoint], any Error>? in
            switch state {
            case .idle:
                // Only cancellation can arrive before the continuation exists.
                state = .cancelledEarly
                return nil
            case .waiting(let continuation):
                state = .finished
                return continuation
            case .cancelledEarly, .finished:
                return nil
            }
        }
        continuation?.resume(with: result)
    }
}
