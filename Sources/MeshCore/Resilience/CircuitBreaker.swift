import Synchronization

/// A circuit breaker for one endpoint, shared by every task calling it.
///
/// The logic lives in `CircuitBreaker.StateMachine`; this wrapper adds a lock, the clock and a
/// transition callback (for the breaker-state gauge and a log line), which runs outside the lock.
/// Every call that `admit()` lets through must have its outcome passed to `record(_:)`.
public final class CircuitBreaker: Sendable {
    private let machine: Mutex<StateMachine>
    private let now: @Sendable () -> ContinuousClock.Instant
    private let onTransition: @Sendable (Transition) -> Void

    /// - Parameters:
    ///   - now: the clock; tests pass a manual one.
    ///   - onTransition: called after every state change, outside the lock.
    public init(
        configuration: Configuration = Configuration(),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
        onTransition: @escaping @Sendable (Transition) -> Void = { _ in }
    ) {
        self.machine = Mutex(StateMachine(configuration: configuration))
        self.now = now
        self.onTransition = onTransition
    }

    /// The configuration the breaker was made with.
    public var configuration: Configuration { machine.withLock { $0.configuration } }

    /// The current state (gauge value: `state.gaugeValue`).
    public var state: State { machine.withLock { $0.state } }

    /// Failures counted since the last success while CLOSED.
    public var consecutiveFailures: Int { machine.withLock { $0.consecutiveFailures } }

    /// Whether a call would be admitted now, without taking the half-open probe slot.
    public var isAvailable: Bool {
        let instant = now()
        return machine.withLock { $0.wouldAdmit(now: instant) }
    }

    /// Decides whether a call may go to the endpoint now.
    public func admit() -> Admission {
        let instant = now()
        let (admission, transition) = machine.withLock { $0.admit(now: instant) }
        if let transition { onTransition(transition) }
        return admission
    }

    /// Records how an admitted call ended; returns the transition it caused, if any.
    @discardableResult
    public func record(_ outcome: Outcome) -> Transition? {
        let instant = now()
        let transition = machine.withLock { $0.record(outcome, now: instant) }
        if let transition { onTransition(transition) }
        return transition
    }

    /// Records an admitted call that ended with status `code` (0 for OK), classified by `classifier`.
    @discardableResult
    public func record(
        code: Int32, classifier: BreakerStatusCodeClassifier = BreakerStatusCodeClassifier()
    ) -> Transition? {
        record(classifier.outcome(code: code))
    }

    /// Whether a call that ended with status `code` counts towards opening the breaker, with the
    /// default classification (UNAVAILABLE, DEADLINE_EXCEEDED, INTERNAL, UNKNOWN, RESOURCE_EXHAUSTED).
    public static func countsAsFailure(code: Int32) -> Bool {
        BreakerStatusCodeClassifier().countsAsFailure(code: code)
    }
}
