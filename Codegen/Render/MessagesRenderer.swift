import Foundation

/// Renders Swift value types and their JSON mapping for one proto file.
struct MessagesRenderer {
    let contract: Contract

    func render(_ file: ProtoFile) -> GeneratedFile {
        var writer = CodeWriter()
        writer.line("import MeshCore")
        writer.line("import MeshJSON")
        for protoEnum in file.enums {
            writer.line()
            renderEnum(protoEnum, into: &writer)
        }
        for message in file.messages {
            writer.line()
            renderStruct(message, into: &writer)
            writer.line()
            renderJSON(message, into: &writer)
        }
        return GeneratedFile(
            path: "Sources/MeshContracts/Generated/\(file.stem).pb.swift",
            contents: GeneratedHeader.swift(source: file.path) + writer.text)
    }

    // MARK: enums

    private func renderEnum(_ protoEnum: ProtoEnum, into writer: inout CodeWriter) {
        let (namespace, name) = split(protoEnum.swiftName)
        writer.block("extension \(namespace) {") { writer in
            writer.docComment(protoEnum.comment)
            writer.block("public enum \(name): ProtoEnumeration {") { writer in
                for enumCase in protoEnum.cases { writer.line("case \(enumCase.swiftName)") }
                writer.line("/// A number this version of the contract does not know; kept so nothing is lost.")
                writer.line("case unrecognized(Int32)")
                writer.line()
                writer.line("public init() { self.init(rawValue: 0) }")
                writer.line()
                writer.block("public init(rawValue: Int32) {") { writer in
                    writer.block("switch rawValue {", closing: "}") { writer in
                        for enumCase in protoEnum.cases {
                            writer.line("case \(enumCase.number): self = .\(enumCase.swiftName)")
                        }
                        writer.line("default: self = .unrecognized(rawValue)")
                    }
                }
                writer.line()
                writer.block("public var rawValue: Int32 {") { writer in
                    writer.block("switch self {", closing: "}") { writer in
                        for enumCase in protoEnum.cases { writer.line("case .\(enumCase.swiftName): \(enumCase.number)") }
                        writer.line("case .unrecognized(let number): number")
                    }
                }
                writer.line()
                var names: [(String, Int)] = []
                for enumCase in protoEnum.cases {
                    names.append((enumCase.protoName, enumCase.number))
                    if enumCase.jsonName != enumCase.protoName { names.append((enumCase.jsonName, enumCase.number)) }
                }
                writer.line("/// Every accepted JSON spelling: the JSON name and the proto name.")
                writer.block("static let jsonNumbers: [String: Int32] = [", closing: "]") { writer in
                    for (jsonName, number) in names { writer.line("\(swiftStringLiteral(jsonName)): \(number),") }
                }
                writer.line()
                writer.block("public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {") { writer in
                    writer.line("if options.enumsAsIntegers { return .integer(Int64(rawValue)) }")
                    writer.block("switch self {", closing: "}") { writer in
                        for enumCase in protoEnum.cases {
                            if enumCase.number == 0, protoEnum.zeroIsNull {
                                writer.line("case .\(enumCase.swiftName): return .null")
                            } else {
                                writer.line("case .\(enumCase.swiftName): return .string(\(swiftStringLiteral(enumCase.jsonName)))")
                            }
                        }
                        writer.line("case .unrecognized(let number): return .integer(Int64(number))")
                    }
                }
                writer.line()
                writer.block("public init(json: JSONValue, path: String) throws(JSONMappingError) {") { writer in
                    writer.line("self.init(rawValue: try ProtoJSON.enumNumber(json, names: Self.jsonNumbers, enumName: \(swiftStringLiteral(protoEnum.fullName)), path: path))")
                }
            }
        }
    }

    // MARK: structs

    private func renderStruct(_ message: Message, into writer: inout CodeWriter) {
        let (namespace, name) = split(message.swiftName)
        writer.block("extension \(namespace) {") { writer in
            writer.docComment(message.comment)
            writer.block("public struct \(name): ProtoMessage {") { writer in
                writer.line("public static let protoMessageName = \(swiftStringLiteral(message.fullName))")
                for field in message.fields {
                    writer.line()
                    writer.docComment(field.comment)
                    writer.line("public var \(field.swiftName): \(swiftType(field)) = \(defaultValue(field))")
                }
                writer.line()
                writer.line("public init() {}")
                if !message.fields.isEmpty {
                    writer.line()
                    let parameters = message.fields.map { "\($0.swiftName): \(swiftType($0)) = \(defaultValue($0))" }
                    writer.line("public init(")
                    writer.indented { writer in
                        for (position, parameter) in parameters.enumerated() {
                            writer.line(parameter + (position == parameters.count - 1 ? "" : ","))
                        }
                    }
                    writer.block(") {") { writer in
                        for field in message.fields {
                            writer.line("self.\(Naming.bare(field.swiftName)) = \(field.swiftName)")
                        }
                    }
                }
            }
        }
    }

    func swiftType(_ field: Field) -> String {
        switch field.kind {
        case .scalar(let scalar): return field.isRepeated ? "[\(scalar.swiftType)]" : scalar.swiftType
        case .protoEnum(_, let swiftName): return field.isRepeated ? "[\(swiftName)]" : swiftName
        case .message(_, let swiftName, _): return field.isRepeated ? "[\(swiftName)]" : "\(swiftName)?"
        case .map(let key, let value): return "[\(key.swiftType): \(mapValueType(value))]"
        }
    }

    func mapValueType(_ value: Field.MapValue) -> String {
        switch value {
        case .scalar(let scalar): scalar.swiftType
        case .protoEnum(_, let swiftName): swiftName
        case .message(_, let swiftName, _): swiftName
        }
    }

    private func defaultValue(_ field: Field) -> String {
        if field.isRepeated { return "[]" }
        switch field.kind {
        case .scalar(let scalar): return scalar.defaultValue
        case .protoEnum: return ".init(rawValue: 0)"
        case .message: return "nil"
        case .map: return "[:]"
        }
    }

    private func split(_ qualified: String) -> (String, String) {
        guard let dot = qualified.lastIndex(of: ".") else { return ("", qualified) }
        return (String(qualified[..<dot]), String(qualified[qualified.index(after: dot)...]))
    }

    // MARK: JSON

    private func renderJSON(_ message: Message, into writer: inout CodeWriter) {
        writer.block("extension \(message.swiftName) {") { writer in
            writer.block("public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {") { writer in
                writer.line("var members: [JSONMember] = []")
                writer.line("members.reserveCapacity(\(message.fields.count))")
                for field in message.fields { renderFieldEncoding(field, into: &writer) }
                writer.line("return .object(members)")
            }
            writer.line()
            writer.block("public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = \"\") throws(JSONMappingError) {") { writer in
                writer.line("self.init()")
                writer.block("for member in try ProtoJSON.members(json, path: path) {") { writer in
                    writer.block("switch member.key {", closing: "}") { writer in
                        for field in message.fields {
                            let spellings = field.jsonName == field.protoName
                                ? swiftStringLiteral(field.protoName)
                                : "\(swiftStringLiteral(field.protoName)), \(swiftStringLiteral(field.jsonName))"
                            writer.line("case \(spellings):")
                            writer.block("do {") { writer in
                                writer.line("let fieldPath = ProtoJSON.path(path, \(swiftStringLiteral(field.protoName)))")
                                renderFieldDecoding(field, into: &writer)
                            }
                        }
                        writer.line("default:")
                        writer.line("    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }")
                    }
                }
            }
        }
    }

    private func scalarToJSON(_ scalar: ScalarType, _ expression: String) -> String {
        switch scalar {
        case .string: ".string(\(expression))"
        case .bool: ".bool(\(expression))"
        case .bytes: ".string(ProtoJSON.base64(\(expression)))"
        case .float, .double: "ProtoJSON.number(\(expression))"
        case .int64, .sfixed64, .sint64, .uint64, .fixed64: "ProtoJSON.int64String(\(expression))"
        case .int32, .sfixed32, .sint32, .uint32, .fixed32: ".integer(Int64(\(expression)))"
        }
    }

    private func scalarFromJSON(_ scalar: ScalarType, _ expression: String, path: String) -> String {
        switch scalar {
        case .string: "try ProtoJSON.string(\(expression), path: \(path))"
        case .bool: "try ProtoJSON.bool(\(expression), path: \(path))"
        case .bytes: "try ProtoJSON.bytes(\(expression), path: \(path))"
        case .float: "try ProtoJSON.float(\(expression), path: \(path))"
        case .double: "try ProtoJSON.double(\(expression), path: \(path))"
        default: "try ProtoJSON.integer(\(expression), as: \(scalar.swiftType).self, path: \(path))"
        }
    }

    private func renderFieldEncoding(_ field: Field, into writer: inout CodeWriter) {
        let key = swiftStringLiteral(field.protoName)
        let name = "self.\(Naming.bare(field.swiftName))"
        switch field.kind {
        case .scalar(let scalar):
            if field.isRepeated {
                writer.line("members.append(JSONMember(\(key), .array(\(name).map { \(scalarToJSON(scalar, "$0")) })))")
            } else {
                writer.line("members.append(JSONMember(\(key), \(scalarToJSON(scalar, name))))")
            }
        case .protoEnum:
            if field.isRepeated {
                writer.line("members.append(JSONMember(\(key), .array(\(name).map { $0.jsonValue(options: options) })))")
            } else {
                writer.line("members.append(JSONMember(\(key), \(name).jsonValue(options: options)))")
            }
        case .message:
            if field.isRepeated {
                writer.line("members.append(JSONMember(\(key), .array(\(name).map { $0.jsonValue(options: options) })))")
            } else {
                writer.block("if let value = \(name) {") { writer in
                    writer.line("members.append(JSONMember(\(key), value.jsonValue(options: options)))")
                }
                writer.block("else if !options.omitUnsetMessages {") { writer in
                    writer.line("members.append(JSONMember(\(key), .null))")
                }
            }
        case .map(let keyType, let value):
            let valueExpression: String
            switch value {
            case .scalar(let scalar): valueExpression = scalarToJSON(scalar, "$0.value")
            case .protoEnum, .message: valueExpression = "$0.value.jsonValue(options: options)"
            }
            let keyExpression = keyType == .string ? "$0.key" : "String($0.key)"
            writer.line("members.append(JSONMember(\(key), .object(\(name).sorted { $0.key < $1.key }.map { JSONMember(\(keyExpression), \(valueExpression)) })))")
        }
    }

    private func renderFieldDecoding(_ field: Field, into writer: inout CodeWriter) {
        let name = "self.\(Naming.bare(field.swiftName))"
        switch field.kind {
        case .scalar(let scalar):
            if field.isRepeated {
                writer.line("var values: \(swiftType(field)) = []")
                writer.block("for (index, element) in try ProtoJSON.elements(member.value, path: fieldPath).enumerated() {") { writer in
                    writer.line("values.append(\(scalarFromJSON(scalar, "element", path: "ProtoJSON.path(fieldPath, index: index)")))")
                }
                writer.line("\(name) = values")
            } else {
                writer.line("\(name) = \(scalarFromJSON(scalar, "member.value", path: "fieldPath"))")
            }
        case .protoEnum(_, let swiftName):
            if field.isRepeated {
                writer.line("var values: \(swiftType(field)) = []")
                writer.block("for (index, element) in try ProtoJSON.elements(member.value, path: fieldPath).enumerated() {") { writer in
                    writer.line("values.append(try \(swiftName)(json: element, path: ProtoJSON.path(fieldPath, index: index)))")
                }
                writer.line("\(name) = values")
            } else {
                writer.line("\(name) = try \(swiftName)(json: member.value, path: fieldPath)")
            }
        case .message(_, let swiftName, _):
            if field.isRepeated {
                writer.line("var values: \(swiftType(field)) = []")
                writer.block("for (index, element) in try ProtoJSON.elements(member.value, path: fieldPath).enumerated() {") { writer in
                    writer.line("values.append(try \(swiftName)(json: element, options: options, path: ProtoJSON.path(fieldPath, index: index)))")
                }
                writer.line("\(name) = values")
            } else {
                writer.line("\(name) = member.value == .null ? nil : try \(swiftName)(json: member.value, options: options, path: fieldPath)")
            }
        case .map(let keyType, let value):
            writer.line("var values: \(swiftType(field)) = [:]")
            writer.block("for entry in try ProtoJSON.members(member.value, path: fieldPath) {") { writer in
                writer.line("let entryPath = ProtoJSON.path(fieldPath, entry.key)")
                if keyType == .string {
                    writer.line("let key = entry.key")
                } else if keyType == .bool {
                    writer.line("let key = entry.key == \"true\"")
                } else {
                    writer.line("let key = try ProtoJSON.integer(JSONValue.string(entry.key), as: \(keyType.swiftType).self, path: entryPath)")
                }
                switch value {
                case .scalar(let scalar):
                    writer.line("values[key] = \(scalarFromJSON(scalar, "entry.value", path: "entryPath"))")
                case .protoEnum(_, let swiftName):
                    writer.line("values[key] = try \(swiftName)(json: entry.value, path: entryPath)")
                case .message(_, let swiftName, _):
                    writer.line("values[key] = try \(swiftName)(json: entry.value, options: options, path: entryPath)")
                }
            }
            writer.line("\(name) = values")
        }
    }
}
