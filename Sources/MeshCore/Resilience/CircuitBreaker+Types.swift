extension CircuitBreaker {
    /// When a breaker opens and how it recovers.
    public struct Configuration: Sendable, Hashable {
        /// Consecutive failures (see `Outcome.failure`) that open the breaker. Values below 1 act as 1.
        public var failureThreshold: Int
        /// How long an open breaker refuses calls before it admits one probe.
        public var coolDown: Duration
        /// How long the half-open breaker waits for its probe's outcome before it admits another probe,
        /// so a probe whose outcome is never recorded (a cancelled call, a caller bug) cannot wedge it.
        public var probeTimeout: Duration

        public init(
            failureThreshold: Int = 5, coolDown: Duration = .seconds(5), probeTimeout: Duration = .seconds(10)
        ) {
            self.failureThreshold = failureThreshold
            self.coolDown = coolDown
            self.probeTimeout = probeTimeout
        }
    }

    /// The breaker's state, as exported to metrics and logs.
    public enum State: Sendable, Hashable, CustomStringConvertible {
        /// Calls flow; consecutive failures are counted.
        case closed
        /// The cool-down has passed and one probe call decides what happens next.
        case halfOpen
        /// Calls are refused until the cool-down has passed.
        case open

        /// The value of the breaker-state gauge: 0 closed, 1 half-open, 2 open.
        public var gaugeValue: Int {
            switch self {
            case .closed: 0
            case .halfOpen: 1
            case .open: 2
            }
        }

        /// "closed", "half_open" or "open", for logs and metric labels.
        public var description: String {
            switch self {
            case .closed: "closed"
            case .halfOpen: "half_open"
            case .open: "open"
            }
        }
    }

    /// Whether a call may go to the endpoint.
    public enum Admission: Sendable, Hashable {
        /// The breaker is closed: send the call.
        case allowed
        /// The breaker is half-open and this call is its single probe: send it and record its outcome.
        case allowedAsProbe
        /// Do not send the call; the breaker may admit calls again after `retryAfter`.
        case rejected(retryAfter: Duration)

        /// True for `.allowed` and `.allowedAsProbe`.
        public var isAllowed: Bool {
            switch self {
            case .allowed, .allowedAsProbe: true
            case .rejected: false
            }
        }
    }

    /// What a finished call says about the endpoint's health. The caller classifies (see
    /// `BreakerStatusCodeClassifier`).
    public enum Outcome: Sendable, Hashable {
        /// The endpoint answered; application errors such as NOT_FOUND count as success here.
        case success
        /// A failure that indicates an unhealthy endpoint (UNAVAILABLE, DEADLINE_EXCEEDED, …).
        case failure
        /// The call says nothing about the endpoint (cancelled by the caller): counts neither way.
        case neutral
    }

    /// A change of state, returned so the owner can export the gauge and log it.
    public struct Transition: Sendable, Hashable, CustomStringConvertible {
        public var from: State
        public var to: State
        public var at: ContinuousClock.Instant

        public init(from: State, to: State, at: ContinuousClock.Instant) {
            self.from = from
            self.to = to
            self.at = at
        }

        public var description: String { "\(from) -> \(to)" }
    }
}
