/// Ordered key/value metadata of a call. Keys are lower-cased on insertion; a key may repeat.
public struct Metadata: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Key = String
    public typealias Value = String

    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: String
    }

    private var entries: [Entry]

    public init() { entries = [] }

    public init(dictionaryLiteral elements: (String, String)...) {
        entries = elements.map { Entry(key: $0.0.lowercased(), value: $0.1) }
    }

    public init(_ pairs: some Sequence<(String, String)>) {
        entries = pairs.map { Entry(key: $0.0.lowercased(), value: $0.1) }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    /// The first value for `key`.
    public subscript(key: String) -> String? {
        let wanted = key.lowercased()
        return entries.first(where: { $0.key == wanted })?.value
    }

    public func values(for key: String) -> [String] {
        let wanted = key.lowercased()
        return entries.filter { $0.key == wanted }.map(\.value)
    }

    public mutating func add(_ key: String, _ value: String) {
        entries.append(Entry(key: key.lowercased(), value: value))
    }

    /// Replaces every value of `key` with one value.
    public mutating func replace(_ key: String, with value: String) {
        remove(key)
        add(key, value)
    }

    public mutating func remove(_ key: String) {
        let wanted = key.lowercased()
        entries.removeAll { $0.key == wanted }
    }

    public func makeIterator() -> IndexingIterator<[Entry]> { entries.makeIterator() }
}

/// The standard metadata keys (SPEC §3).
public enum MetadataKey {
    public static let authorization = "authorization"
    public static let callerID = "x-caller-id"
    public static let callerRole = "x-caller-role"
    public static let traceparent = "traceparent"
    public static let requestID = "x-request-id"
    public static let idempotencyKey = "idempotency-key"
}
