/// One endpoint as a picker sees it at the moment of a pick.
public struct EndpointLoad: Sendable, Hashable {
    /// The endpoint's identity, e.g. `Endpoint.description` ("10.0.0.7:9000").
    public var id: String
    /// Calls sent to it and not yet finished.
    public var outstanding: Int
    /// Whether it may take a call: connected (or connectable) and its breaker would admit one
    /// (`CircuitBreaker.isAvailable`, i.e. not OPEN in cool-down and no half-open probe in flight).
    public var isAvailable: Bool

    public init(id: String, outstanding: Int, isAvailable: Bool) {
        self.id = id
        self.outstanding = outstanding
        self.isAvailable = isAvailable
    }
}

/// Chooses the endpoint for the next call among a snapshot of endpoints.
///
/// Pickers are values; the transport keeps one next to its endpoint table, under the same lock.
public protocol EndpointPicker: Sendable {
    /// The endpoint to call, never one that is unavailable; nil when none is available.
    mutating func pick(from endpoints: [EndpointLoad], random: inout some RandomNumberGenerator) -> EndpointLoad?
}

extension EndpointPicker {
    /// `pick(from:random:)` with the system random number generator.
    public mutating func pick(from endpoints: [EndpointLoad]) -> EndpointLoad? {
        var random = SystemRandomNumberGenerator()
        return pick(from: endpoints, random: &random)
    }
}

/// Takes the available endpoints in turn, skipping unavailable ones.
public struct RoundRobinPicker: EndpointPicker {
    private var next = 0

    public init() {}

    public mutating func pick(
        from endpoints: [EndpointLoad], random: inout some RandomNumberGenerator
    ) -> EndpointLoad? {
        guard !endpoints.isEmpty else { return nil }
        // The list may have shrunk since the last pick; the cursor just wraps.
        let start = next % endpoints.count
        for offset in 0..<endpoints.count {
            let index = (start + offset) % endpoints.count
            if endpoints[index].isAvailable {
                next = index + 1
                return endpoints[index]
            }
        }
        return nil
    }
}

/// Power of two choices: draws two distinct available endpoints at random and takes the one with
/// fewer outstanding calls (the first drawn on a tie). Nearly as good as least-loaded, without its herding.
public struct PowerOfTwoChoicesPicker: EndpointPicker {
    public init() {}

    public func pick(from endpoints: [EndpointLoad], random: inout some RandomNumberGenerator) -> EndpointLoad? {
        let available = endpoints.filter(\.isAvailable)
        switch available.count {
        case 0:
            return nil
        case 1:
            return available[0]
        default:
            let first = Int.random(in: 0..<available.count, using: &random)
            // Draw the second among the others, so the two are distinct.
            var second = Int.random(in: 0..<(available.count - 1), using: &random)
            if second >= first { second += 1 }
            return available[second].outstanding < available[first].outstanding ? available[second] : available[first]
        }
    }
}
