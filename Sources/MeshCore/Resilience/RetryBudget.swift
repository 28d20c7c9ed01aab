import Synchronization

/// Caps retries at a fraction of recent traffic, so retries cannot multiply the load on a struggling
/// service (Finagle's and Linkerd's retry budget).
///
/// Over a sliding window (default 10 s, kept as one-second buckets) the budget allows
/// `ratio × requests + minRetriesPerSecond × window seconds` retries. The floor lets a quiet client
/// still retry. Call `recordRequest` once per original call (not per retry) and `tryWithdrawRetry`
/// before each retry; a refused withdrawal means: fail the call instead.
public final class RetryBudget: Sendable {
    /// How generous the budget is.
    public struct Configuration: Sendable, Hashable {
        /// Retries allowed per original request in the window (0.2 = 20 %).
        public var ratio: Double
        /// Retries allowed per second of the window regardless of traffic.
        public var minRetriesPerSecond: Int
        /// How far back requests and retries are remembered.
        public var window: Duration
        /// How many buckets the window is cut into; the window slides one bucket at a time.
        public var buckets: Int

        public init(
            ratio: Double = 0.2, minRetriesPerSecond: Int = 10, window: Duration = .seconds(10), buckets: Int = 10
        ) {
            self.ratio = ratio
            self.minRetriesPerSecond = minRetriesPerSecond
            self.window = window
            self.buckets = buckets
        }
    }

    private let window: Mutex<SlidingWindow>

    /// - Parameter origin: where bucket boundaries start; tests pass their manual clock's start.
    public init(configuration: Configuration = Configuration(), origin: ContinuousClock.Instant = .now) {
        self.window = Mutex(SlidingWindow(configuration: configuration, origin: origin))
    }

    /// Counts one original request (a deposit into the budget).
    public func recordRequest(now: ContinuousClock.Instant = .now) {
        window.withLock { $0.add(requests: 1, retries: 0, now: now) }
    }

    /// Takes one retry from the budget if any is left; false means the call must not be retried.
    public func tryWithdrawRetry(now: ContinuousClock.Instant = .now) -> Bool {
        window.withLock { window in
            guard window.available(now: now) > 0 else { return false }
            window.add(requests: 0, retries: 1, now: now)
            return true
        }
    }

    /// Retries that could be withdrawn now (for metrics and tests).
    public func available(now: ContinuousClock.Instant = .now) -> Int {
        window.withLock { $0.available(now: now) }
    }
}

/// Request and retry counts in a ring of time buckets; each bucket remembers which time slot it
/// holds, so a stale one is recognised and reset instead of being cleared on a timer.
private struct SlidingWindow: Sendable {
    private struct Bucket: Sendable {
        var slot: Int
        var requests: Int
        var retries: Int
    }

    private let ratio: Double
    private let floor: Int
    private let bucketWidth: Duration
    private let origin: ContinuousClock.Instant
    private var buckets: [Bucket]

    init(configuration: RetryBudget.Configuration, origin: ContinuousClock.Instant) {
        let count = max(1, configuration.buckets)
        let window = max(configuration.window, .nanoseconds(count))
        let windowSeconds = window / .seconds(1)
        self.ratio = max(0, configuration.ratio)
        self.floor = Int((Double(max(0, configuration.minRetriesPerSecond)) * windowSeconds).rounded(.down))
        self.bucketWidth = window / count
        self.origin = origin
        // Slot Int.min marks a bucket that has never been used.
        self.buckets = Array(repeating: Bucket(slot: .min, requests: 0, retries: 0), count: count)
    }

    private func slot(at now: ContinuousClock.Instant) -> Int {
        Int((origin.duration(to: now) / bucketWidth).rounded(.down))
    }

    private func index(of slot: Int) -> Int {
        ((slot % buckets.count) + buckets.count) % buckets.count
    }

    mutating func add(requests: Int, retries: Int, now: ContinuousClock.Instant) {
        let current = slot(at: now)
        let index = index(of: current)
        if buckets[index].slot != current {
            buckets[index] = Bucket(slot: current, requests: 0, retries: 0)
        }
        buckets[index].requests += requests
        buckets[index].retries += retries
    }

    func available(now: ContinuousClock.Instant) -> Int {
        let current = slot(at: now)
        var requests = 0
        var retries = 0
        let oldest = current - buckets.count + 1
        for bucket in buckets where bucket.slot != .min && (oldest...current).contains(bucket.slot) {
            requests += bucket.requests
            retries += bucket.retries
        }
        let allowance = Int((Double(requests) * ratio).rounded(.down)) + floor
        return max(0, allowance - retries)
    }
}
