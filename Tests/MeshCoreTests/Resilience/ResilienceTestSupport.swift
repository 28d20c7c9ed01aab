import MeshCore
import Synchronization

/// A clock that moves only when a test says so, so time-dependent behaviour is tested without sleeping.
final class ResilienceManualClock: Sendable {
    let start: ContinuousClock.Instant
    private let current: Mutex<ContinuousClock.Instant>

    init() {
        let start = ContinuousClock.now
        self.start = start
        self.current = Mutex(start)
    }

    var now: ContinuousClock.Instant { current.withLock { $0 } }

    func advance(by duration: Duration) {
        current.withLock { $0 = $0.advanced(by: duration) }
    }

    /// The instant `offset` after the start.
    func at(_ offset: Duration) -> ContinuousClock.Instant { start.advanced(by: offset) }
}

/// Collects breaker transitions reported through the callback.
final class ResilienceTransitionLog: Sendable {
    private let entries = Mutex<[CircuitBreaker.Transition]>([])

    var transitions: [CircuitBreaker.Transition] { entries.withLock { $0 } }

    func append(_ transition: CircuitBreaker.Transition) {
        entries.withLock { $0.append(transition) }
    }
}
