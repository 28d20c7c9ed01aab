public import struct Foundation.Data
public import struct Foundation.Date

/// A Swift type a result value can be decoded as.
public protocol PostgresDecodable: Sendable {
    /// Decodes a non-NULL cell (or a NULL one if `acceptsNull`); nil when the cell's type or text
    /// does not fit this type.
    static func decode(from cell: PostgresCell) -> Self?
    /// Whether SQL NULL is a valid value (true only for `Optional`).
    static var acceptsNull: Bool { get }
}

extension PostgresDecodable {
    public static var acceptsNull: Bool { false }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    public static var acceptsNull: Bool { true }

    public static func decode(from cell: PostgresCell) -> Wrapped?? {
        if cell.isNull { return .some(nil) }
        return Wrapped.decode(from: cell).map { .some($0) }
    }
}

extension String: PostgresDecodable {
    /// Any textual type (text, varchar, json, jsonb as raw JSON, uuid, numeric, …); not bytea.
    public static func decode(from cell: PostgresCell) -> String? {
        guard let bytes = cell.bytes, cell.type != .bytea else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Int: PostgresDecodable {
    /// int2, int4, int8 and oid.
    public static func decode(from cell: PostgresCell) -> Int? {
        guard let bytes = cell.bytes, [.int2, .int4, .int8, .oidType].contains(cell.type) else { return nil }
        return PostgresTextFormat.parseInt(bytes)
    }
}

extension Bool: PostgresDecodable {
    public static func decode(from cell: PostgresCell) -> Bool? {
        guard let bytes = cell.bytes, cell.type == .bool, bytes.count == 1 else { return nil }
        switch bytes.first {
        case UInt8(ascii: "t"): return true
        case UInt8(ascii: "f"): return false
        default: return nil
        }
    }
}

extension Double: PostgresDecodable {
    /// float4, float8, numeric and the integer types.
    public static func decode(from cell: PostgresCell) -> Double? {
        guard let bytes = cell.bytes,
              [.float4, .float8, .numeric, .int2, .int4, .int8].contains(cell.type) else { return nil }
        return PostgresTextFormat.parseDouble(bytes)
    }
}

extension Float: PostgresDecodable {
    public static func decode(from cell: PostgresCell) -> Float? {
        guard let bytes = cell.bytes, cell.type == .float4 else { return nil }
        return PostgresTextFormat.parseFloat(bytes)
    }
}

extension Date: PostgresDecodable {
    /// timestamptz (any offset), and timestamp taken as UTC.
    public static func decode(from cell: PostgresCell) -> Date? {
        guard let bytes = cell.bytes, cell.type == .timestamptz || cell.type == .timestamp else { return nil }
        return PostgresTextFormat.parseTimestamp(bytes)
    }
}

extension Array: PostgresDecodable where Element: PostgresArrayElement {
    /// bytea as `[UInt8]`; float4[] as `[Float]`; float8[] as `[Double]`.
    public static func decode(from cell: PostgresCell) -> [Element]? {
        guard let bytes = cell.bytes else { return nil }
        return Element.decodeArray(bytes, type: cell.type)
    }
}

extension Data: PostgresDecodable {
    /// bytea, or the raw bytes of json/jsonb/text.
    public static func decode(from cell: PostgresCell) -> Data? {
        guard let bytes = cell.bytes else { return nil }
        switch cell.type {
        case .bytea: return PostgresTextFormat.parseByteaHex(bytes).map { Data($0) }
        case .json, .jsonb, .text, .varchar: return Data(bytes)
        default: return nil
        }
    }
}

/// An element type for which arrays decode: `UInt8` (bytea), `Float` (float4[]), `Double` (float8[]).
public protocol PostgresArrayElement: Sendable {
    /// Decodes the whole array from a cell's text; nil when the type does not fit.
    static func decodeArray(_ bytes: ArraySlice<UInt8>, type: PostgresDataType) -> [Self]?
}

extension UInt8: PostgresArrayElement {
    public static func decodeArray(_ bytes: ArraySlice<UInt8>, type: PostgresDataType) -> [UInt8]? {
        type == .bytea ? PostgresTextFormat.parseByteaHex(bytes) : nil
    }
}

extension Float: PostgresArrayElement {
    public static func decodeArray(_ bytes: ArraySlice<UInt8>, type: PostgresDataType) -> [Float]? {
        type == .float4Array ? PostgresTextFormat.parseNumberArray(bytes, element: PostgresTextFormat.parseFloat) : nil
    }
}

extension Double: PostgresArrayElement {
    public static func decodeArray(_ bytes: ArraySlice<UInt8>, type: PostgresDataType) -> [Double]? {
        guard type == .float8Array || type == .float4Array else { return nil }
        return PostgresTextFormat.parseNumberArray(bytes, element: PostgresTextFormat.parseDouble)
    }
}
