import Synchronization

/// The rendezvous between one awaiting `fetch` call and the transfer thread.
///
/// It guarantees the continuation is resumed exactly once whichever comes first:
/// completion on the transfer thread, or cancellation of the awaiting task (which may
/// happen before the transfer was even submitted).
final class FetchTicket: Sendable {
    private enum State {
        case created
        case waiting(CheckedContinuation<FetchResponse, any Error>)
        case cancelledEarly
        case finished
    }

    /// Identifies the transfer in the driver's inbox.
    let id: UInt64
    private let state = Mutex(State.created)

    init(id: UInt64) { self.id = id }

    /// Parks `continuation` and runs `submit` under the ticket's lock, so a concurrent
    /// cancel is ordered strictly before (nothing submitted) or after (abort queued
    /// behind the submission). Resumes at once if the task was already cancelled.
    func start(_ continuation: CheckedContinuation<FetchResponse, any Error>, submit: () -> FetchError?) {
        let outcome: (any Error)? = state.withLock { state in
            guard case .created = state else { return CancellationError() }
            if let refused = submit() {
                state = .finished
                return refused
            }
            state = .waiting(continuation)
            return nil
        }
        if let outcome { continuation.resume(throwing: outcome) }
    }

    /// Records a cancellation. Returns true when the transfer was already submitted and
    /// the driver must abort it (the driver then finishes the ticket).
    func cancel() -> Bool {
        state.withLock { state in
            switch state {
            case .created:
                state = .cancelledEarly
                return false
            case .waiting:
                return true
            case .cancelledEarly, .finished:
                return false
            }
        }
    }

    /// Resumes the waiting caller once; later calls do nothing.
    func finish(_ result: Result<FetchResponse, any Error>) {
        let continuation: CheckedContinuation<FetchResponse, any Error>? = state.withLock { state in
            guard case .waiting(let continuation) = state else { return nil }
            state = .finished
            return continuation
        }
        continuation?.resume(with: result)
    }
}
