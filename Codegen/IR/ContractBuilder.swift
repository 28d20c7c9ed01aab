import Foundation

/// Translates decoded descriptors into the IR, collecting every problem as a diagnostic instead of
/// stopping at the first.
struct ContractBuilder {
    private(set) var diagnostics: [String] = []
    private var messagesByName: [String: (file: FileDescriptor, path: [String], descriptor: MessageDescriptor)] = [:]
    private var enumsByName: [String: (file: FileDescriptor, path: [String], descriptor: EnumDescriptor)] = [:]

    /// `files` is the whole descriptor set; only those whose path passes `isOurs` are generated.
    mutating func build(files: [FileDescriptor], isOurs: (String) -> Bool) -> Contract {
        for file in files { index(file) }
        var result: [ProtoFile] = []
        for file in files where isOurs(file.name) {
            if file.syntax != "proto3" { diagnostics.append("\(file.name): only proto3 is supported") }
            result.append(buildFile(file))
        }
        return Contract(files: result.sorted { $0.path < $1.path })
    }

    private mutating func index(_ file: FileDescriptor) {
        func visit(_ message: MessageDescriptor, path: [String]) {
            let fullPath = path + [message.name]
            messagesByName[fullName(file.package, fullPath)] = (file, fullPath, message)
            for nested in message.nested { visit(nested, path: fullPath) }
            for protoEnum in message.enums {
                enumsByName[fullName(file.package, fullPath + [protoEnum.name])] = (file, fullPath + [protoEnum.name], protoEnum)
            }
        }
        for message in file.messages { visit(message, path: []) }
        for protoEnum in file.enums { enumsByName[fullName(file.package, [protoEnum.name])] = (file, [protoEnum.name], protoEnum) }
    }

    private func fullName(_ package: String, _ path: [String]) -> String {
        ([package] + path).filter { !$0.isEmpty }.joined(separator: ".")
    }

    private func swiftName(package: String, path: [String]) -> String {
        ([Naming.namespace(forPackage: package)] + path).joined(separator: ".")
    }

    private mutating func buildFile(_ file: FileDescriptor) -> ProtoFile {
        var messages: [Message] = []
        var enums: [ProtoEnum] = []
        func visit(_ message: MessageDescriptor, path: [String], commentPath: [Int]) {
            let fullPath = path + [message.name]
            guard !message.isMapEntry else { return }
            messages.append(buildMessage(message, file: file, path: fullPath, commentPath: commentPath))
            for (position, nested) in message.nested.enumerated() {
                visit(nested, path: fullPath, commentPath: commentPath + [3, position])
            }
            for (position, protoEnum) in message.enums.enumerated() {
                enums.append(buildEnum(protoEnum, file: file, path: fullPath + [protoEnum.name], commentPath: commentPath + [4, position]))
            }
        }
        for (position, message) in file.messages.enumerated() { visit(message, path: [], commentPath: [4, position]) }
        for (position, protoEnum) in file.enums.enumerated() {
            enums.append(buildEnum(protoEnum, file: file, path: [protoEnum.name], commentPath: [5, position]))
        }
        let services = file.services.enumerated().map { position, service in
            buildService(service, file: file, commentPath: [6, position])
        }
        return ProtoFile(
            path: file.name, package: file.package, namespace: Naming.namespace(forPackage: file.package),
            messages: messages, enums: enums, services: services)
    }

    private mutating func buildMessage(_ message: MessageDescriptor, file: FileDescriptor, path: [String], commentPath: [Int]) -> Message {
        let name = fullName(file.package, path)
        if !message.oneofNames.isEmpty {
            diagnostics.append("\(name): oneof is not supported by the generator; use separate fields")
        }
        var fields: [Field] = []
        for (position, field) in message.fields.enumerated() {
            if let built = buildField(field, in: name, comment: file.comments[commentPath + [2, position]] ?? "") {
                fields.append(built)
            }
        }
        return Message(
            fullName: name, swiftName: swiftName(package: file.package, path: path),
            cName: Naming.cStructName(package: file.package, path: path),
            cFunctionPrefix: Naming.cFunctionPrefix(package: file.package, path: path),
            fields: fields, comment: file.comments[commentPath] ?? "",
            reservedNumbers: message.reservedRanges, reservedNames: message.reservedNames)
    }

    private mutating func buildField(_ field: FieldDescriptor, in messageName: String, comment: String) -> Field? {
        if field.isProto3Optional {
            diagnostics.append("\(messageName).\(field.name): proto3 `optional` is not supported by protoc-c 1.4")
            return nil
        }
        let isRepeated = field.label == .repeated
        var result = Field(
            protoName: field.name, swiftName: Naming.swiftPropertyName(field.name),
            jsonName: field.jsonName.isEmpty ? Naming.jsonName(field.name) : field.jsonName, number: field.number,
            kind: .scalar(.string), isRepeated: isRepeated, comment: comment, isRequired: field.isRequired)
        switch field.type {
        case 11:  // TYPE_MESSAGE
            let typeName = String(field.typeName.dropFirst())
            guard let target = messagesByName[typeName] else {
                diagnostics.append("\(messageName).\(field.name): unknown message type \(typeName)")
                return nil
            }
            if target.descriptor.isMapEntry {
                guard let key = target.descriptor.fields.first(where: { $0.number == 1 }),
                    let value = target.descriptor.fields.first(where: { $0.number == 2 }),
                    let keyType = scalarType(key.type)
                else {
                    diagnostics.append("\(messageName).\(field.name): unsupported map entry")
                    return nil
                }
                guard let mapValue = mapValue(value, context: "\(messageName).\(field.name)") else { return nil }
                result.kind = .map(key: keyType, value: mapValue)
                result.isRepeated = false
                result.mapEntryCName = Naming.cStructName(package: target.file.package, path: target.path)
                result.mapEntryCFunctionPrefix = Naming.cFunctionPrefix(package: target.file.package, path: target.path)
            } else {
                result.kind = .message(
                    fullName: typeName, swiftName: swiftName(package: target.file.package, path: target.path),
                    cName: Naming.cStructName(package: target.file.package, path: target.path))
            }
        case 14:  // TYPE_ENUM
            let typeName = String(field.typeName.dropFirst())
            guard let target = enumsByName[typeName] else {
                diagnostics.append("\(messageName).\(field.name): unknown enum type \(typeName)")
                return nil
            }
            result.kind = .protoEnum(fullName: typeName, swiftName: swiftName(package: target.file.package, path: target.path))
        default:
            guard let scalar = scalarType(field.type) else {
                diagnostics.append("\(messageName).\(field.name): unsupported field type \(field.type)")
                return nil
            }
            result.kind = .scalar(scalar)
        }
        return result
    }

    private mutating func mapValue(_ value: FieldDescriptor, context: String) -> Field.MapValue? {
        let typeName = String(value.typeName.dropFirst())
        switch value.type {
        case 11:
            guard let target = messagesByName[typeName] else { return nil }
            return .message(
                fullName: typeName, swiftName: swiftName(package: target.file.package, path: target.path),
                cName: Naming.cStructName(package: target.file.package, path: target.path))
        case 14:
            guard let target = enumsByName[typeName] else { return nil }
            return .protoEnum(fullName: typeName, swiftName: swiftName(package: target.file.package, path: target.path))
        default:
            guard let scalar = scalarType(value.type) else {
                diagnostics.append("\(context): unsupported map value type")
                return nil
            }
            return .scalar(scalar)
        }
    }

    private func scalarType(_ type: Int) -> ScalarType? {
        switch type {
        case 1: .double
        case 2: .float
        case 3: .int64
        case 4: .uint64
        case 5: .int32
        case 6: .fixed64
        case 7: .fixed32
        case 8: .bool
        case 9: .string
        case 12: .bytes
        case 13: .uint32
        case 15: .sfixed32
        case 16: .sfixed64
        case 17: .sint32
        case 18: .sint64
        default: nil
        }
    }

    private func buildEnum(_ protoEnum: EnumDescriptor, file: FileDescriptor, path: [String], commentPath: [Int]) -> ProtoEnum {
        ProtoEnum(
            fullName: fullName(file.package, path), swiftName: swiftName(package: file.package, path: path),
            cases: protoEnum.values.map { value in
                ProtoEnum.Case(
                    protoName: value.name, swiftName: Naming.swiftCaseName(value.name, enumName: protoEnum.name),
                    number: value.number, jsonName: value.jsonValue.isEmpty ? value.name : value.jsonValue)
            },
            comment: file.comments[commentPath] ?? "")
    }

    private static let roleNames = [1: "user", 2: "service", 3: "admin"]

    private mutating func buildService(_ service: ServiceDescriptor, file: FileDescriptor, commentPath: [Int]) -> Service {
        let serviceName = fullName(file.package, [service.name])
        var methods: [Method] = []
        for (position, method) in service.methods.enumerated() {
            let context = "\(serviceName).\(method.name)"
            if method.clientStreaming {
                diagnostics.append("\(context): client streaming is not part of the wire protocol")
                continue
            }
            guard let input = messageIR(String(method.inputType.dropFirst())),
                let output = messageIR(String(method.outputType.dropFirst()))
            else {
                diagnostics.append("\(context): unknown request or response type")
                continue
            }
            let options = method.options
            var binding: HTTPBinding?
            if let http = options.http {
                binding = buildHTTP(http, input: input, output: output, streaming: method.serverStreaming, context: context)
            }
            methods.append(
                Method(
                    name: method.name, swiftName: Naming.escaped(Naming.lowerFirst(method.name)), input: input,
                    output: output, isServerStreaming: method.serverStreaming, isIdempotent: options.idempotent,
                    allowedRoles: options.allowedRoles.compactMap { Self.roleNames[$0] },
                    internalOnly: options.internalOnly, isPublic: options.isPublic, summary: options.summary,
                    comment: file.comments[commentPath + [2, position]] ?? "", http: binding))
        }
        return Service(
            fullName: serviceName, name: service.name, namespace: Naming.namespace(forPackage: file.package),
            methods: methods, comment: file.comments[commentPath] ?? "")
    }

    private mutating func messageIR(_ fullName: String) -> Message? {
        guard let entry = messagesByName[fullName] else { return nil }
        var scratch = ContractBuilder()
        scratch.messagesByName = messagesByName
        scratch.enumsByName = enumsByName
        return scratch.buildMessage(entry.descriptor, file: entry.file, path: entry.path, commentPath: [])
    }

    private mutating func buildHTTP(
        _ http: MethodOptionsDescriptor.HTTP, input: Message, output: Message, streaming: Bool, context: String
    ) -> HTTPBinding? {
        let verbs: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE"]
        guard verbs.contains(http.method) else {
            diagnostics.append("\(context): HTTP method '\(http.method)' is not one of \(verbs.sorted())")
            return nil
        }
        guard http.path.hasPrefix("/") else {
            diagnostics.append("\(context): HTTP path must start with '/'")
            return nil
        }
        var pathFields: [String] = []
        for segment in http.path.split(separator: "/") where segment.hasPrefix("{") && segment.hasSuffix("}") {
            let name = String(segment.dropFirst().dropLast())
            guard let field = input.fields.first(where: { $0.protoName == name }), case .scalar(.string) = field.kind,
                !field.isRepeated
            else {
                diagnostics.append("\(context): path parameter {\(name)} must name a string field of \(input.fullName)")
                continue
            }
            pathFields.append(name)
        }
        if !(http.body.isEmpty || http.body == "*") {
            diagnostics.append("\(context): body must be \"*\" or empty")
        }
        if !http.responseBody.isEmpty, !output.fields.contains(where: { $0.protoName == http.responseBody }) {
            diagnostics.append("\(context): response_body '\(http.responseBody)' is not a field of \(output.fullName)")
        }
        if !http.successStatusIf.isEmpty,
            !output.fields.contains(where: { $0.protoName == http.successStatusIf && $0.lockType == "bool" })
        {
            diagnostics.append("\(context): success_status_if '\(http.successStatusIf)' is not a bool field of \(output.fullName)")
        }
        for binding in http.responseHeaders where !output.fields.contains(where: { $0.protoName == binding.field }) {
            diagnostics.append("\(context): response header field '\(binding.field)' is not a field of \(output.fullName)")
        }
        if http.serverSentEvents != streaming {
            diagnostics.append("\(context): server_sent_events must be set exactly on server-streaming methods")
        }
        return HTTPBinding(
            verb: http.method, pathTemplate: http.path, pathFields: pathFields, body: http.body,
            responseBody: http.responseBody, successStatus: http.successStatus == 0 ? 200 : http.successStatus,
            successStatusIf: http.successStatusIf, serverSentEvents: http.serverSentEvents,
            responseHeaders: http.responseHeaders)
    }
}
