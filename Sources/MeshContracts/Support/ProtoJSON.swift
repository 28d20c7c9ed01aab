import Foundation
import MeshJSON

/// proto3 JSON rules for reading field values, used by the generated mappings. Every reader names the
/// field in its error. `null` reads as the field's default, as proto3 JSON says.
public enum ProtoJSON {
    public static func path(_ parent: String, _ field: String) -> String {
        parent.isEmpty ? field : "\(parent).\(field)"
    }

    public static func path(_ parent: String, index: Int) -> String { "\(parent)[\(index)]" }

    static func mismatch(_ value: JSONValue, expected: String, path: String) -> JSONMappingError {
        JSONMappingError(path: path, message: "expected \(expected), got \(value.typeName)")
    }

    public static func members(_ value: JSONValue, path: String) throws(JSONMappingError) -> [JSONMember] {
        switch value {
        case .object(let members): return members
        case .null where !path.isEmpty: return []
        default: throw mismatch(value, expected: "object", path: path)
        }
    }

    public static func elements(_ value: JSONValue, path: String) throws(JSONMappingError) -> [JSONValue] {
        switch value {
        case .array(let elements): return elements
        case .null: return []
        default: throw mismatch(value, expected: "array", path: path)
        }
    }

    public static func string(_ value: JSONValue, path: String) throws(JSONMappingError) -> String {
        switch value {
        case .string(let text): return text
        case .null: return ""
        default: throw mismatch(value, expected: "string", path: path)
        }
    }

    public static func bool(_ value: JSONValue, path: String) throws(JSONMappingError) -> Bool {
        switch value {
        case .bool(let flag): return flag
        case .null: return false
        default: throw mismatch(value, expected: "boolean", path: path)
        }
    }

    /// Integers: a JSON number without fraction, or a decimal string (proto3 accepts both).
    public static func integer<T: FixedWidthInteger>(_ value: JSONValue, as type: T.Type, path: String) throws(JSONMappingError) -> T {
        switch value {
        case .null:
            return 0
        case .integer(let number):
            guard let result = T(exactly: number) else { throw outOfRange(T.self, path: path) }
            return result
        case .double(let number):
            guard number.isFinite, number.rounded() == number, let result = T(exactly: number) else {
                throw JSONMappingError(path: path, message: "expected an integer in range for \(T.self)")
            }
            return result
        case .string(let text):
            guard let result = T(text) else {
                throw JSONMappingError(path: path, message: "expected an integer string in range for \(T.self)")
            }
            return result
        default:
            throw mismatch(value, expected: "integer", path: path)
        }
    }

    private static func outOfRange<T>(_ type: T.Type, path: String) -> JSONMappingError {
        JSONMappingError(path: path, message: "number out of range for \(T.self)")
    }

    public static func double(_ value: JSONValue, path: String) throws(JSONMappingError) -> Double {
        switch value {
        case .null: return 0
        case .integer(let number): return Double(number)
        case .double(let number): return number
        case .string("NaN"): return .nan
        case .string("Infinity"): return .infinity
        case .string("-Infinity"): return -.infinity
        case .string(let text):
            guard let number = Double(text) else { throw mismatch(value, expected: "number", path: path) }
            return number
        default: throw mismatch(value, expected: "number", path: path)
        }
    }

    public static func float(_ value: JSONValue, path: String) throws(JSONMappingError) -> Float {
        let number = try double(value, path: path)
        if number.isFinite, abs(number) > Double(Float.greatestFiniteMagnitude) {
            throw JSONMappingError(path: path, message: "number out of range for a 32-bit float")
        }
        return Float(number)
    }

    /// Bytes are base64, standard or URL-safe, padded or not.
    public static func bytes(_ value: JSONValue, path: String) throws(JSONMappingError) -> [UInt8] {
        let text = try string(value, path: path)
        var normalized = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while normalized.utf8.count % 4 != 0 { normalized.append("=") }
        guard let data = Data(base64Encoded: normalized) else {
            throw JSONMappingError(path: path, message: "expected base64")
        }
        return [UInt8](data)
    }

    public static func base64(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    /// 64-bit integers are written as strings (proto3 JSON), everything narrower as numbers.
    public static func int64String<T: FixedWidthInteger>(_ value: T) -> JSONValue { .string(String(value)) }

    /// A float goes through its shortest decimal form, so 0.1 is written "0.1" and not "0.10000000149011612".
    public static func number(_ value: Float) -> JSONValue {
        floatValue(value.isFinite ? Double(value.description) ?? Double(value) : Double(value))
    }
    public static func number(_ value: Double) -> JSONValue { floatValue(value) }

    private static func floatValue(_ value: Double) -> JSONValue {
        if value.isNaN { return .string("NaN") }
        if value.isInfinite { return .string(value < 0 ? "-Infinity" : "Infinity") }
        return .double(value)
    }

    /// An enum read from its JSON name, its proto name or its number.
    public static func enumNumber(
        _ value: JSONValue, names: [String: Int32], enumName: String, path: String
    ) throws(JSONMappingError) -> Int32 {
        switch value {
        case .null: return 0
        case .string(let name):
            guard let number = names[name] else {
                throw JSONMappingError(path: path, message: "unknown \(enumName) value '\(name)'")
            }
            return number
        case .integer(let number):
            guard let result = Int32(exactly: number) else { throw outOfRange(Int32.self, path: path) }
            return result
        default:
            throw mismatch(value, expected: "string", path: path)
        }
    }

    public static func unknownField(_ path: String) -> JSONMappingError {
        JSONMappingError(path: path, message: "unknown field")
    }
}
