import Synchronization

/// Lets a transport end a running call from outside its task: the peer sent CANCEL, or the
/// deadline timer fired. The call's watchdog waits on it.
public final class CallCancellation: Sendable {
    public enum Reason: Sendable, Equatable {
        case cancelledByPeer
        case deadlineExceeded
    }

    private enum State {
        case idle
        case waiting(CheckedContinuation<Reason?, Never>)
        case fired(Reason)
        case finished
    }

    private let state = Mutex(State.idle)

    public init() {}

    /// Ends the call for `reason` (the first reason wins).
    public func fire(_ reason: Reason) {
        let waiter: CheckedContinuation<Reason?, Never>? = state.withLock { state in
            switch state {
            case .idle:
                state = .fired(reason)
                return nil
            case .waiting(let continuation):
                state = .fired(reason)
                return continuation
            case .fired, .finished:
                return nil
            }
        }
        waiter?.resume(returning: reason)
    }

    /// The reason the call must end, or nil once the call finished on its own (the waiting task was cancelled).
    func wait() async -> Reason? {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let immediate: Reason?? = state.withLock { state in
                    switch state {
                    case .idle:
                        state = .waiting(continuation)
                        return .none
                    case .fired(let reason): return .some(reason)
                    case .finished, .waiting: return .some(nil)
                    }
                }
                if let immediate { continuation.resume(returning: immediate) }
            }
        } onCancel: {
            let waiter: CheckedContinuation<Reason?, Never>? = state.withLock { state in
                if case .waiting(let continuation) = state {
                    state = .finished
                    return continuation
                }
                state = .finished
                return nil
            }
            waiter?.resume(returning: nil)
        }
    }

    public var firedReason: Reason? {
        state.withLock { state in
            if case .fired(let reason) = state { return reason }
            return nil
        }
    }
}
