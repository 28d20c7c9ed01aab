/// Sorts call results by what they say about an endpoint's health, for the circuit breaker.
///
/// Takes the raw gRPC canonical code (`StatusCode.rawValue`). A status that only says the request was
/// wrong (NOT_FOUND, INVALID_ARGUMENT, PERMISSION_DENIED, …) proves the endpoint is up and answering,
/// so it is a success for the breaker; CANCELLED is the caller's doing and counts neither way.
public struct BreakerStatusCodeClassifier: Sendable, Hashable {
    /// UNKNOWN (2), DEADLINE_EXCEEDED (4), RESOURCE_EXHAUSTED (8), INTERNAL (13), UNAVAILABLE (14).
    public static let defaultFailureCodes: Set<Int32> = [2, 4, 8, 13, 14]

    private static let cancelled: Int32 = 1

    /// The codes that count towards opening the breaker.
    public var failureCodes: Set<Int32>

    public init(failureCodes: Set<Int32> = BreakerStatusCodeClassifier.defaultFailureCodes) {
        self.failureCodes = failureCodes
    }

    /// Whether a call that ended with `code` indicates an unhealthy endpoint.
    public func countsAsFailure(code: Int32) -> Bool {
        failureCodes.contains(code)
    }

    /// The breaker outcome for a call that ended with `code` (0 for OK).
    public func outcome(code: Int32) -> CircuitBreaker.Outcome {
        if countsAsFailure(code: code) { return .failure }
        if code == Self.cancelled { return .neutral }
        return .success
    }
}
