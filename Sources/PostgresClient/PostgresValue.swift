public import struct Foundation.Date

/// A statement parameter. Values travel separately from the SQL text (`PQexecParams`), so they can
/// never change the statement; text is sent in PostgreSQL's text format, bytea in binary format.
public enum PostgresValue: Sendable, Hashable {
    /// SQL NULL.
    case null
    /// Text; the server infers the parameter's type from context (text, varchar, jsonb, uuid, …).
    /// PostgreSQL text cannot contain NUL bytes: such a value fails with `.invalidParameter`.
    case text(String)
    /// An integer, sent as int8.
    case int(Int)
    /// A boolean.
    case bool(Bool)
    /// A point in time, sent as timestamptz with microsecond precision.
    case timestamptz(Date)
    /// Raw JSON text, sent as jsonb.
    case jsonb(String)
    /// Bytes, sent in binary format (zero bytes included).
    case bytea([UInt8])
    /// A float4[] array.
    case float4Array([Float])
    /// A double precision number, sent as float8.
    case double(Double)
}

extension PostgresValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
}

extension PostgresValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension PostgresValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension PostgresValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension PostgresValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}

/// A parameter as libpq takes it: type, format and bytes (NUL-terminated in text format).
struct EncodedParameter {
    static let textFormat: Int32 = 0
    static let binaryFormat: Int32 = 1

    var type: PostgresDataType
    var format: Int32
    /// nil for SQL NULL.
    var bytes: [UInt8]?

    /// The text form of the value, used to keep parameter values out of error messages.
    var redactableText: String?
}

extension PostgresValue {
    func encoded() throws(PostgresError) -> EncodedParameter {
        switch self {
        case .null:
            return EncodedParameter(type: .unspecified, format: EncodedParameter.textFormat, bytes: nil)
        case .text(let string):
            return try Self.text(string, type: .unspecified)
        case .int(let int):
            return try Self.text(String(int), type: .int8)
        case .bool(let bool):
            return try Self.text(bool ? "t" : "f", type: .bool)
        case .timestamptz(let date):
            return try Self.text(PostgresTextFormat.formatTimestamp(date), type: .timestamptz)
        case .jsonb(let json):
            return try Self.text(json, type: .jsonb)
        case .bytea(let bytes):
            return EncodedParameter(type: .bytea, format: EncodedParameter.binaryFormat, bytes: bytes)
        case .float4Array(let floats):
            return try Self.text(PostgresTextFormat.formatFloatArray(floats), type: .float4Array)
        case .double(let double):
            return try Self.text(PostgresTextFormat.formatDouble(double), type: .float8)
        }
    }

    private static func text(_ string: String, type: PostgresDataType) throws(PostgresError) -> EncodedParameter {
        var bytes = Array(string.utf8)
        // libpq reads text-format parameters up to the first NUL: refuse rather than truncate silently.
        if bytes.contains(0) {
            throw PostgresError(code: .invalidParameter, message: "text parameter contains a NUL byte")
        }
        bytes.append(0)
        return EncodedParameter(type: type, format: EncodedParameter.textFormat, bytes: bytes, redactableText: string)
    }
}
