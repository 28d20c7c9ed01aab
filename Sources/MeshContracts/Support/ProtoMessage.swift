import MeshCore
import MeshJSON

/// Every generated message: a Sendable value type with proto3 defaults, encoded through libprotobuf-c
/// and mapped to JSON with the proto field names.
public protocol ProtoMessage: WireMessage, JSONMappable, Hashable {
    /// Fully qualified proto name, e.g. "mesh.pipeline.v1.Job".
    static var protoMessageName: String { get }

    /// Decodes from any byte collection, without copying when its storage is contiguous (a NIO
    /// `ByteBufferView`, an array slice).
    init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError)
}

/// A value with a proto3 JSON form.
public protocol JSONMappable: Sendable {
    func jsonValue(options: JSONEncodingOptions) -> JSONValue
    init(json: JSONValue, options: JSONDecodingOptions, path: String) throws(JSONMappingError)
}

/// Every generated enum: open (an unknown number is kept as `unrecognized`), with a JSON name per value.
public protocol ProtoEnumeration: Hashable, Sendable {
    init(rawValue: Int32)
    var rawValue: Int32 { get }
    func jsonValue(options: JSONEncodingOptions) -> JSONValue
    init(json: JSONValue, path: String) throws(JSONMappingError)
}

extension JSONMappable {
    /// The public JSON form, as bytes.
    public func jsonBytes(options: JSONEncodingOptions = JSONEncodingOptions()) -> [UInt8] {
        JSONWriter.bytes(jsonValue(options: options))
    }

    public func jsonString(options: JSONEncodingOptions = JSONEncodingOptions()) -> String {
        JSONWriter.string(jsonValue(options: options))
    }

    /// Parses and maps a JSON body; the error names the offending field.
    public init(jsonBytes: some Collection<UInt8>, options: JSONDecodingOptions = JSONDecodingOptions()) throws(JSONMappingError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(jsonBytes)
        } catch {
            throw JSONMappingError(path: "", message: error.description)
        }
        try self.init(json: value, options: options, path: "")
    }

    public init(jsonString: String, options: JSONDecodingOptions = JSONDecodingOptions()) throws(JSONMappingError) {
        try self.init(jsonBytes: Array(jsonString.utf8), options: options)
    }
}

/// How messages are written as JSON.
public struct JSONEncodingOptions: Sendable {
    /// Enums as their numbers instead of their names (for comparisons with other implementations).
    public var enumsAsIntegers: Bool
    /// Leave out unset message fields instead of writing `null`.
    public var omitUnsetMessages: Bool

    public init(enumsAsIntegers: Bool = false, omitUnsetMessages: Bool = false) {
        self.enumsAsIntegers = enumsAsIntegers
        self.omitUnsetMessages = omitUnsetMessages
    }
}

/// How JSON is read into messages.
public struct JSONDecodingOptions: Sendable {
    /// Accept members that are not fields of the message (off: strict, an unknown member is an error).
    public var ignoreUnknownFields: Bool

    public init(ignoreUnknownFields: Bool = false) {
        self.ignoreUnknownFields = ignoreUnknownFields
    }
}

/// JSON that does not fit the message: `path` names the field ("chunks[2].text"), `message` says why.
public struct JSONMappingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "field '\(path)': \(message)" }
}

extension JSONMappingError: RPCErrorConvertible {
    public var rpcError: RPCError {
        RPCError(code: .invalidArgument, message: description, reason: "invalid_json")
    }
}
