/// When a failed call may be tried again: only idempotent methods, only for codes that say the request
/// was not processed, never more than `maxAttempts` in all, and never past the deadline.
///
/// Each retry must also be withdrawn from a `RetryBudget` by the caller.
public struct RetryPolicy: Sendable, Hashable {
    /// The most attempts any policy allows, whatever it is configured with.
    public static let attemptsCap = 5
    /// UNAVAILABLE (14) and RESOURCE_EXHAUSTED (8). DEADLINE_EXCEEDED is not retried: the deadline has passed.
    public static let defaultRetryableCodes: Set<Int32> = [8, 14]

    /// Attempts in all, the first one included (1…`attemptsCap`).
    public let maxAttempts: Int
    /// The status codes worth retrying.
    public var retryableCodes: Set<Int32>
    /// The wait before each retry.
    public var backoff: Backoff

    /// `maxAttempts` is clamped to 1…`attemptsCap`.
    public init(
        maxAttempts: Int = 3, retryableCodes: Set<Int32> = RetryPolicy.defaultRetryableCodes,
        backoff: Backoff = Backoff()
    ) {
        self.maxAttempts = min(max(1, maxAttempts), Self.attemptsCap)
        self.retryableCodes = retryableCodes
        self.backoff = backoff
    }

    /// Whether to retry after attempt number `attempt` (1 = the first call) failed with `code`.
    ///
    /// - Parameters:
    ///   - isIdempotent: whether the method is marked idempotent; others are never retried.
    ///   - remaining: time left before the call's deadline, or nil when it has none.
    ///   - nextDelay: the wait before the retry, usually `backoff.delay(attempt: attempt, random:)`;
    ///     the deadline must outlast it.
    public func shouldRetry(
        code: Int32, attempt: Int, isIdempotent: Bool, remaining: Duration?, nextDelay: Duration
    ) -> Bool {
        guard isIdempotent, retryableCodes.contains(code), attempt < maxAttempts else { return false }
        if let remaining, remaining <= nextDelay { return false }
        return true
    }
}
