/// A decoded RESP2 reply.
public enum RedisReply: Sendable, Hashable {
    /// A bulk string: raw bytes, binary-safe.
    case string([UInt8])
    /// A simple status such as `OK` or `PONG`.
    case status(String)
    /// An integer reply.
    case integer(Int)
    /// A multi-bulk reply (may nest).
    case array([RedisReply])
    /// The nil bulk string or nil multi-bulk.
    case null
    /// An error reply. `RedisConnection.send` and `RedisPool.send` throw these as `RedisError`
    /// at the top level; they only appear as values inside arrays (e.g. `EXEC`) and pipelines.
    case error(String)

    /// The bytes of a bulk string or status.
    public var bytes: [UInt8]? {
        switch self {
        case .string(let bytes): bytes
        case .status(let text): Array(text.utf8)
        default: nil
        }
    }

    /// A bulk string or status decoded as UTF-8 (invalid sequences repaired).
    public var text: String? {
        switch self {
        case .string(let bytes): String(decoding: bytes, as: UTF8.self)
        case .status(let text): text
        default: nil
        }
    }

    /// An integer reply, or a bulk string holding a decimal integer (Lua and CONFIG return those).
    public var int: Int? {
        switch self {
        case .integer(let value): value
        case .string(let bytes): Int(String(decoding: bytes, as: UTF8.self))
        default: nil
        }
    }

    /// The elements of an array reply.
    public var elements: [RedisReply]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// Whether this is the nil reply.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// Throws the `RedisError` an error reply stands for; returns any other reply unchanged.
    public func errorChecked() throws(RedisError) -> RedisReply {
        if case .error(let message) = self { throw RedisError(serverReply: message) }
        return self
    }
}
