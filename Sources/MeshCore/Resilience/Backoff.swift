/// Exponential backoff with jitter, for retries and reconnects.
///
/// The un-jittered delay of attempt n (1-based) is `initial × multiplier^(n-1)`, capped at `maximum`.
/// Jitter spreads clients out so they do not retry in lock-step after a shared failure.
public struct Backoff: Sendable, Hashable {
    /// How the delay is randomised.
    public enum Jitter: Sendable, Hashable {
        /// The un-jittered delay exactly.
        case none
        /// Uniform in [0, un-jittered delay] ("full jitter").
        case full
        /// Uniform in [initial, min(maximum, 3 × the previous attempt's un-jittered delay)]
        /// ("decorrelated jitter", with the previous delay taken un-jittered so the result depends only
        /// on the attempt number); the first attempt waits `initial`.
        case decorrelated
    }

    public var initial: Duration
    public var multiplier: Double
    public var maximum: Duration
    public var jitter: Jitter

    /// Negative durations act as zero and a multiplier below 1 acts as 1.
    public init(
        initial: Duration = .milliseconds(50), multiplier: Double = 2, maximum: Duration = .seconds(5),
        jitter: Jitter = .full
    ) {
        self.initial = initial
        self.multiplier = multiplier
        self.maximum = maximum
        self.jitter = jitter
    }

    /// The un-jittered delay before attempt `attempt` (1 = the first retry); attempts below 1 act as 1.
    public func baseDelay(attempt: Int) -> Duration {
        duration(baseSeconds(attempt: attempt))
    }

    /// The delay before attempt `attempt` (1 = the first retry), jittered with `random`.
    public func delay(attempt: Int, random: inout some RandomNumberGenerator) -> Duration {
        let base = baseSeconds(attempt: attempt)
        switch jitter {
        case .none:
            return duration(base)
        case .full:
            return duration(Double.random(in: 0...base, using: &random))
        case .decorrelated:
            let floor = min(Self.seconds(initial), Self.seconds(maximum))
            guard attempt > 1 else { return duration(floor) }
            let ceiling = min(Self.seconds(maximum), 3 * baseSeconds(attempt: attempt - 1))
            return duration(Double.random(in: floor...max(floor, ceiling), using: &random))
        }
    }

    private func baseSeconds(attempt: Int) -> Double {
        let cap = Self.seconds(maximum)
        let grown = Self.seconds(initial) * Self.power(max(1, multiplier), max(1, attempt) - 1)
        // The power overflows to +infinity for huge attempts; min still gives the cap.
        return min(cap, grown)
    }

    /// `base` raised to `exponent` (≥ 0) by squaring: the standard library has no `pow`, and this
    /// takes O(log exponent) steps for any attempt number.
    private static func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        var factor = base
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 { result *= factor }
            factor *= factor
            remaining >>= 1
        }
        return result
    }

    /// Whole nanoseconds, so round delays stay exact (50 ms × 2⁵ is 1.6 s, not 1.6000000000000001 s);
    /// never above `maximum`.
    private func duration(_ seconds: Double) -> Duration {
        let nanoseconds = (seconds * 1e9).rounded()
        guard nanoseconds < Double(Int64.max) else { return maximum }
        return .nanoseconds(Int64(max(0, nanoseconds)))
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return max(0, Double(seconds) + Double(attoseconds) * 1e-18)
    }
}
