/// The generator's intermediate representation: the contract with every name resolved for Swift and C.
/// Renderers read only this, never descriptors.
struct Contract {
    var files: [ProtoFile]

    var allMessages: [Message] { files.flatMap(\.messages) }
    var allEnums: [ProtoEnum] { files.flatMap(\.enums) }
    var allServices: [Service] { files.flatMap(\.services) }

    func message(named fullName: String) -> Message? { allMessages.first { $0.fullName == fullName } }
    func protoEnum(named fullName: String) -> ProtoEnum? { allEnums.first { $0.fullName == fullName } }
}

struct ProtoFile {
    /// Path relative to Protos/, e.g. "mesh/v1/frame.proto".
    var path: String
    var package: String
    /// The Swift namespace enum, e.g. "MeshV1".
    var namespace: String
    var messages: [Message]
    var enums: [ProtoEnum]
    var services: [Service]

    /// "mesh/v1/frame" — the path without ".proto", used for generated file names.
    var stem: String { String(path.dropLast(".proto".count)) }
}

struct Message {
    var fullName: String
    /// Qualified Swift type, e.g. "PipelineV1.Job".
    var swiftName: String
    /// protoc-c's struct name, e.g. "Mesh__Pipeline__V1__Job".
    var cName: String
    /// protoc-c's function prefix, e.g. "mesh__pipeline__v1__job".
    var cFunctionPrefix: String
    var fields: [Field]
    var comment: String
    var reservedNumbers: [ClosedRange<Int>]
    var reservedNames: [String]
}

struct Field {
    enum Kind {
        case scalar(ScalarType)
        case protoEnum(fullName: String, swiftName: String)
        case message(fullName: String, swiftName: String, cName: String)
        case map(key: ScalarType, value: MapValue)
    }

    enum MapValue {
        case scalar(ScalarType)
        case protoEnum(fullName: String, swiftName: String)
        case message(fullName: String, swiftName: String, cName: String)
    }

    var protoName: String
    var swiftName: String
    var jsonName: String
    var number: Int
    var kind: Kind
    var isRepeated: Bool
    var comment: String
    /// `(mesh.v1.field).required`: the service refuses the request without it.
    var isRequired = false
    /// For map fields: protoc-c's struct and function prefix of the entry type.
    var mapEntryCName = ""
    var mapEntryCFunctionPrefix = ""

    /// A stable description of the wire type, for the contract lock.
    var lockType: String {
        let base: String
        switch kind {
        case .scalar(let scalar): base = scalar.protoName
        case .protoEnum(let fullName, _): base = fullName
        case .message(let fullName, _, _): base = fullName
        case .map(let key, let value):
            let valueName: String
            switch value {
            case .scalar(let scalar): valueName = scalar.protoName
            case .protoEnum(let fullName, _), .message(let fullName, _, _): valueName = fullName
            }
            return "map<\(key.protoName),\(valueName)>"
        }
        return isRepeated ? "repeated \(base)" : base
    }
}

enum ScalarType: String {
    case double, float, int64, uint64, int32, fixed64, fixed32, bool, string, bytes, uint32, sfixed32, sfixed64,
        sint32, sint64

    var protoName: String { rawValue }

    var swiftType: String {
        switch self {
        case .double: "Double"
        case .float: "Float"
        case .int64, .sfixed64, .sint64: "Int64"
        case .uint64, .fixed64: "UInt64"
        case .int32, .sfixed32, .sint32: "Int32"
        case .uint32, .fixed32: "UInt32"
        case .bool: "Bool"
        case .string: "String"
        case .bytes: "[UInt8]"
        }
    }

    var defaultValue: String {
        switch self {
        case .double, .float: "0"
        case .int64, .sfixed64, .sint64, .uint64, .fixed64, .int32, .sfixed32, .sint32, .uint32, .fixed32: "0"
        case .bool: "false"
        case .string: "\"\""
        case .bytes: "[]"
        }
    }

    /// 64-bit integers are strings in proto3 JSON.
    var isJSONString64: Bool {
        switch self {
        case .int64, .sfixed64, .sint64, .uint64, .fixed64: true
        default: false
        }
    }
}

struct ProtoEnum {
    struct Case {
        var protoName: String
        var swiftName: String
        var number: Int
        /// The name in JSON: the `json_value` option, else the proto name.
        var jsonName: String
    }

    var fullName: String
    var swiftName: String
    var cases: [Case]
    var comment: String

    /// The zero value of an enum whose zero is named *_UNSPECIFIED is `null` in JSON: "not set".
    var zeroIsNull: Bool { cases.first { $0.number == 0 }?.protoName.hasSuffix("UNSPECIFIED") ?? false }
}

struct Service {
    var fullName: String
    var name: String
    /// Swift namespace, e.g. "PipelineV1".
    var namespace: String
    var methods: [Method]
    var comment: String
}

struct Method {
    var name: String
    var swiftName: String
    var input: Message
    var output: Message
    var isServerStreaming: Bool
    var isIdempotent: Bool
    var allowedRoles: [String]
    var internalOnly: Bool
    var isPublic: Bool
    var summary: String
    var comment: String
    var http: HTTPBinding?
}

/// A method's place in the public JSON contract.
struct HTTPBinding {
    var verb: String
    var pathTemplate: String
    /// Request fields bound from `{field}` path segments.
    var pathFields: [String]
    /// "*" or "".
    var body: String
    var responseBody: String
    var successStatus: Int
    var successStatusIf: String
    var serverSentEvents: Bool
    var responseHeaders: [(header: String, field: String)]
}
