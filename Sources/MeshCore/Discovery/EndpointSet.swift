/// The endpoints a client currently knows, updated from each re-resolution: says which endpoints
/// appeared (connect to them) and which disappeared (drain and close their connections).
public struct EndpointSet: Sendable, Hashable {
    /// What a re-resolution changed, each list in the order its endpoints were given.
    public struct Changes: Sendable, Hashable {
        public var added: [Endpoint]
        public var removed: [Endpoint]

        public init(added: [Endpoint], removed: [Endpoint]) {
            self.added = added
            self.removed = removed
        }

        /// True when the set did not change.
        public var isEmpty: Bool { added.isEmpty && removed.isEmpty }
    }

    /// The current endpoints, without duplicates, in the order first seen.
    public private(set) var endpoints: [Endpoint]

    public init(_ endpoints: [Endpoint] = []) {
        self.endpoints = Self.unique(endpoints)
    }

    /// Replaces the endpoints with `new` and returns what changed.
    public mutating func update(to new: [Endpoint]) -> Changes {
        let changes = Self.changes(from: endpoints, to: new)
        endpoints = Self.unique(new)
        return changes
    }

    /// The endpoints in `new` but not in `old` (added) and in `old` but not in `new` (removed).
    public static func changes(from old: [Endpoint], to new: [Endpoint]) -> Changes {
        let oldSet = Set(old)
        let newSet = Set(new)
        return Changes(
            added: unique(new).filter { !oldSet.contains($0) },
            removed: unique(old).filter { !newSet.contains($0) })
    }

    private static func unique(_ endpoints: [Endpoint]) -> [Endpoint] {
        var seen = Set<Endpoint>()
        return endpoints.filter { seen.insert($0).inserted }
    }
}
