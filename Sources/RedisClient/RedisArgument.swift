/// One argument of a Redis command, as bytes (binary-safe: may contain `\0`, `\r\n`).
public struct RedisArgument: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// The bytes sent to the server.
    public let bytes: [UInt8]

    /// The UTF-8 bytes of a string.
    public init(_ string: String) { bytes = Array(string.utf8) }

    /// Raw bytes, sent unchanged.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The decimal form of an integer.
    public init(_ value: Int) { bytes = Array(String(value).utf8) }

    /// The shortest round-tripping decimal form of a double (`inf`/`-inf` as Redis spells them).
    public init(_ value: Double) { bytes = Array(value.description.utf8) }

    public init(stringLiteral value: String) { self.init(value) }

    public init(integerLiteral value: Int) { self.init(value) }
}
