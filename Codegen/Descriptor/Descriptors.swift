/// The parts of `google/protobuf/descriptor.proto` the generator uses, decoded from protoc's
/// `--descriptor_set_out`. Field numbers below are descriptor.proto's.
struct FileDescriptor {
    var name = ""
    var package = ""
    var dependencies: [String] = []
    var messages: [MessageDescriptor] = []
    var enums: [EnumDescriptor] = []
    var services: [ServiceDescriptor] = []
    var syntax = ""
    /// Leading comments by location path (e.g. [4, 0, 2, 1] = message 0, field 1).
    var comments: [[Int]: String] = [:]

    init(_ bytes: ArraySlice<UInt8>) throws(DescriptorError) {
        for field in try ProtoWireReader.fields(of: bytes) {
            switch field.number {
            case 1: name = field.value.string
            case 2: package = field.value.string
            case 3: dependencies.append(field.value.string)
            case 4: messages.append(try MessageDescriptor(field.value.message))
            case 5: enums.append(try EnumDescriptor(field.value.message))
            case 6: services.append(try ServiceDescriptor(field.value.message))
            case 9: try readSourceCodeInfo(field.value.message)
            case 12: syntax = field.value.string
            default: break
            }
        }
    }

    private mutating func readSourceCodeInfo(_ bytes: ArraySlice<UInt8>) throws(DescriptorError) {
        for location in try ProtoWireReader.fields(of: bytes) where location.number == 1 {
            var path: [Int] = []
            var leading = ""
            for part in try ProtoWireReader.fields(of: location.value.message) {
                switch part.number {
                case 1: path.append(contentsOf: part.value.packedInts)
                case 3: leading = part.value.string
                default: break
                }
            }
            if !leading.isEmpty { comments[path] = leading }
        }
    }
}

struct MessageDescriptor {
    var name = ""
    var fields: [FieldDescriptor] = []
    var nested: [MessageDescriptor] = []
    var enums: [EnumDescriptor] = []
    var isMapEntry = false
    var oneofNames: [String] = []
    var reservedRanges: [ClosedRange<Int>] = []
    var reservedNames: [String] = []

    init(_ bytes: ArraySlice<UInt8>) throws(DescriptorError) {
        for field in try ProtoWireReader.fields(of: bytes) {
            switch field.number {
            case 1: name = field.value.string
            case 2: fields.append(try FieldDescriptor(field.value.message))
            case 3: nested.append(try MessageDescriptor(field.value.message))
            case 4: enums.append(try EnumDescriptor(field.value.message))
            case 7:
                for option in try ProtoWireReader.fields(of: field.value.message) where option.number == 7 {
                    isMapEntry = option.value.bool
                }
            case 8:
                for part in try ProtoWireReader.fields(of: field.value.message) where part.number == 1 {
                    oneofNames.append(part.value.string)
                }
            case 9:
                var start = 0
                var end = 0
                for part in try ProtoWireReader.fields(of: field.value.message) {
                    if part.number == 1 { start = part.value.int }
                    if part.number == 2 { end = part.value.int }
                }
                // descriptor.proto's reserved ranges are end-exclusive.
                if end > start { reservedRanges.append(start...(end - 1)) }
            case 10: reservedNames.append(field.value.string)
            default: break
            }
        }
    }
}

struct FieldDescriptor {
    enum Label: Int { case optional = 1, required = 2, repeated = 3 }

    var name = ""
    var number = 0
    var label = Label.optional
    /// descriptor.proto's FieldDescriptorProto.Type.
    var type = 0
    /// Fully qualified with a leading dot, for message and enum fields.
    var typeName = ""
    var jsonName = ""
    var oneofIndex: Int?
    var isProto3Optional = false
    /// Our `(mesh.v1.field).required`.
    var isRequired = false

    init(_ bytes: ArraySlice<UInt8>) throws(DescriptorError) {
        for field in try ProtoWireReader.fields(of: bytes) {
            switch field.number {
            case 1: name = field.value.string
            case 3: number = field.value.int
            case 4: label = Label(rawValue: field.value.int) ?? .optional
            case 5: type = field.value.int
            case 6: typeName = field.value.string
            case 8:
                for option in try ProtoWireReader.fields(of: field.value.message) where option.number == OptionNumbers.field {
                    for rule in try ProtoWireReader.fields(of: option.value.message) where rule.number == 1 {
                        isRequired = rule.value.bool
                    }
                }
            case 9: oneofIndex = field.value.int
            case 10: jsonName = field.value.string
            case 17: isProto3Optional = field.value.bool
            default: break
            }
        }
    }
}

struct EnumDescriptor {
    struct Value {
        var name = ""
        var number = 0
        /// Our `(mesh.v1.json_value)` option.
        var jsonValue = ""
    }

    var name = ""
    var values: [Value] = []

    init(_ bytes: ArraySlice<UInt8>) throws(DescriptorError) {
        for field in try ProtoWireReader.fields(of: bytes) {
            switch field.number {
            case 1: name = field.value.string
            case 2:
                var value = Value()
                for part in try ProtoWireReader.fields(of: field.value.message) {
                    switch part.number {
                    case 1: value.name = part.value.string
                    case 2: value.number = part.value.int
                    case 3:
                        for option in try ProtoWireReader.fields(of: part.value.message)
                        where option.number == OptionNumbers.jsonValue {
                            value.jsonValue = option.value.string
                        }
                    default: break
                    }
                }
                values.append(value)
            default: break
            }
        }
    }
}

struct ServiceDescriptor {
    var name = ""
    var methods: [MethodDescriptorProto] = []

    init(_ bytes: ArraySlice<UInt8>) throws(DescriptorError) {
        for field in try ProtoWireReader.fields(of: bytes) {
            switch field.number {
            case 1: name = field.value.string
            case 2: methods.append(try MethodDescriptorProto(field.value.message))
            default: break
            }
        }
    }
}

struct MethodDescriptorProto {
    var name = ""
    var inputType = ""
    var outputType = ""
    var clientStreaming = false
    var serverStreaming = false
    var options = MethodOptionsDescriptor()

    init(_ bytes: ArraySlice<UInt8>) throws(DescriptorError) {
        for field in try ProtoWireReader.fields(of: bytes) {
            switch field.number {
            case 1: name = field.value.string
            case 2: inputType = field.value.string
            case 3: outputType = field.value.string
            case 4:
                for option in try ProtoWireReader.fields(of: field.value.message)
                where option.number == OptionNumbers.method {
                    options = try MethodOptionsDescriptor(option.value.message)
                }
            case 5: clientStreaming = field.value.bool
            case 6: serverStreaming = field.value.bool
            default: break
            }
        }
    }
}

/// Our `mesh.v1.MethodOptions` (Protos/mesh/v1/options.proto), read from the extension's bytes.
struct MethodOptionsDescriptor {
    struct HTTP {
        var method = ""
        var path = ""
        var body = ""
        var responseBody = ""
        var successStatus = 0
        var successStatusIf = ""
        var serverSentEvents = false
        var responseHeaders: [(header: String, field: String)] = []
    }

    var http: HTTP?
    var idempotent = false
    var allowedRoles: [Int] = []
    var internalOnly = false
    var isPublic = false
    var summary = ""

    init() {}

    init(_ bytes: ArraySlice<UInt8>) throws(DescriptorError) {
        for field in try ProtoWireReader.fields(of: bytes) {
            switch field.number {
            case 1: http = try Self.readHTTP(field.value.message)
            case 2: idempotent = field.value.bool
            case 3: allowedRoles.append(contentsOf: field.value.packedInts)
            case 4: internalOnly = field.value.bool
            case 5: isPublic = field.value.bool
            case 6: summary = field.value.string
            default: break
            }
        }
    }

    private static func readHTTP(_ bytes: ArraySlice<UInt8>) throws(DescriptorError) -> HTTP {
        var http = HTTP()
        for field in try ProtoWireReader.fields(of: bytes) {
            switch field.number {
            case 1: http.method = field.value.string
            case 2: http.path = field.value.string
            case 3: http.body = field.value.string
            case 4: http.responseBody = field.value.string
            case 5: http.successStatus = field.value.int
            case 6: http.successStatusIf = field.value.string
            case 7: http.serverSentEvents = field.value.bool
            case 8:
                var header = ""
                var name = ""
                for part in try ProtoWireReader.fields(of: field.value.message) {
                    if part.number == 1 { header = part.value.string }
                    if part.number == 2 { name = part.value.string }
                }
                http.responseHeaders.append((header, name))
            default: break
            }
        }
        return http
    }
}

/// Extension numbers declared in Protos/mesh/v1/options.proto.
enum OptionNumbers {
    static let method = 50001
    static let jsonValue = 50002
    static let field = 50003
}

/// Decodes protoc's `--descriptor_set_out` (a FileDescriptorSet).
func decodeFileDescriptorSet(_ bytes: [UInt8]) throws(DescriptorError) -> [FileDescriptor] {
    var files: [FileDescriptor] = []
    for field in try ProtoWireReader.fields(of: bytes[...]) where field.number == 1 {
        files.append(try FileDescriptor(field.value.message))
    }
    return files
}
