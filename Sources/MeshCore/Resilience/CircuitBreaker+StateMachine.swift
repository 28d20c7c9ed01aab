extension CircuitBreaker {
    /// The breaker's logic as a value type: it decides and reports, it never waits or does I/O.
    ///
    /// CLOSED → OPEN after `failureThreshold` consecutive failures → HALF_OPEN once `coolDown` has
    /// passed, admitting exactly one probe → CLOSED if the probe succeeds, OPEN again (fresh cool-down)
    /// if it fails. Outcomes recorded while OPEN come from calls admitted before it opened and are
    /// ignored; while HALF_OPEN any recorded success or failure decides, since it is news about the
    /// endpoint no older than the probe's.
    public struct StateMachine: Sendable {
        private enum Phase: Sendable {
            case closed(consecutiveFailures: Int)
            case open(until: ContinuousClock.Instant)
            case halfOpen(probeAdmittedAt: ContinuousClock.Instant)
        }

        public let configuration: Configuration
        private var phase: Phase = .closed(consecutiveFailures: 0)

        public init(configuration: Configuration = Configuration()) {
            self.configuration = configuration
        }

        /// The current state. An open breaker whose cool-down has passed stays OPEN until a call is admitted.
        public var state: State {
            switch phase {
            case .closed: .closed
            case .open: .open
            case .halfOpen: .halfOpen
            }
        }

        /// Failures counted since the last success while CLOSED (0 in the other states).
        public var consecutiveFailures: Int {
            if case .closed(let count) = phase { return count }
            return 0
        }

        /// Whether `admit(now:)` would let a call through, without taking the probe slot: what a load
        /// balancer asks before choosing this endpoint.
        public func wouldAdmit(now: ContinuousClock.Instant) -> Bool {
            switch phase {
            case .closed: true
            case .open(let until): now >= until
            case .halfOpen(let admittedAt): now >= admittedAt.advanced(by: configuration.probeTimeout)
            }
        }

        /// Decides whether a call may go to the endpoint now; the transition is set when this moves
        /// the breaker from OPEN to HALF_OPEN.
        public mutating func admit(now: ContinuousClock.Instant) -> (admission: Admission, transition: Transition?) {
            switch phase {
            case .closed:
                return (.allowed, nil)
            case .open(let until):
                guard now >= until else { return (.rejected(retryAfter: now.duration(to: until)), nil) }
                phase = .halfOpen(probeAdmittedAt: now)
                return (.allowedAsProbe, Transition(from: .open, to: .halfOpen, at: now))
            case .halfOpen(let admittedAt):
                let probeExpiry = admittedAt.advanced(by: configuration.probeTimeout)
                guard now >= probeExpiry else { return (.rejected(retryAfter: now.duration(to: probeExpiry)), nil) }
                // The previous probe never reported: let another one try.
                phase = .halfOpen(probeAdmittedAt: now)
                return (.allowedAsProbe, nil)
            }
        }

        /// Records how a call admitted by `admit(now:)` ended; returns the transition it caused, if any.
        public mutating func record(_ outcome: Outcome, now: ContinuousClock.Instant) -> Transition? {
            switch (phase, outcome) {
            case (_, .neutral), (.open, _):
                return nil
            case (.closed, .success):
                phase = .closed(consecutiveFailures: 0)
                return nil
            case (.closed(let count), .failure):
                let failures = count + 1
                guard failures >= max(1, configuration.failureThreshold) else {
                    phase = .closed(consecutiveFailures: failures)
                    return nil
                }
                phase = .open(until: now.advanced(by: configuration.coolDown))
                return Transition(from: .closed, to: .open, at: now)
            case (.halfOpen, .success):
                phase = .closed(consecutiveFailures: 0)
                return Transition(from: .halfOpen, to: .closed, at: now)
            case (.halfOpen, .failure):
                phase = .open(until: now.advanced(by: configuration.coolDown))
                return Transition(from: .halfOpen, to: .open, at: now)
            }
        }
    }
}
