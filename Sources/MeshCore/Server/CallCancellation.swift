import Synchronization

/// Lets a transport end a running call from outside its task — the peer sent CANCEL, or the
/// deadline timer fired — by cancelling the task that runs the handler. No extra task per call:
/// the running task registers itself for the duration of `run`, and `fire` cancels it.
public final class CallCancellation: Sendable {
    public enum Reason: Sendable, Equatable {
        case cancelledByPeer
        case deadlineExceeded
    }

    private struct State: @unchecked Sendable {
        // Only used while `run` is inside `withUnsafeCurrentTask`'s scope, under the lock: the task is alive.
        var task: UnsafeCurrentTask?
        var reason: Reason?
    }

    private let state = Mutex(State())

    public init() {}

    /// Ends the call for `reason` (the first reason wins): its task is cancelled.
    public func fire(_ reason: Reason) {
        state.withLock { state in
            guard state.reason == nil else { return }
            state.reason = reason
            state.task?.cancel()
        }
    }

    public var firedReason: Reason? { state.withLock { $0.reason } }

    /// Runs `body` in the current task, which `fire` cancels.
    func run<T>(_ body: () async throws -> T) async throws -> T {
        try await withUnsafeCurrentTask { task in
            state.withLock { state in
                state.task = task
                if state.reason != nil { task?.cancel() }
            }
            defer { state.withLock { $0.task = nil } }
            return try await body()
        }
    }
}
