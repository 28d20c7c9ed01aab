import Foundation

/// Renders, for one proto file, the bridge between the Swift value types and protoc-c's C structs:
/// `serializedBytes()` packs through libprotobuf-c, `init(serializedBytes:)` unpacks through it.
/// This is the only generated code that touches C pointers, and none of it is public API.
struct ProtobufCBridgeRenderer {
    let contract: Contract

    func render(_ file: ProtoFile) -> GeneratedFile? {
        guard !file.messages.isEmpty else { return nil }
        var writer = CodeWriter()
        writer.line("internal import CMeshProtos")
        writer.line("internal import CProtobufC")
        writer.line("import MeshCore")
        for message in file.messages {
            writer.line()
            render(message, into: &writer)
        }
        return GeneratedFile(
            path: "Sources/MeshContracts/Generated/\(file.stem).pb-c.swift",
            contents: GeneratedHeader.swift(source: file.path) + writer.text)
    }

    private func render(_ message: Message, into writer: inout CodeWriter) {
        let prefix = message.cFunctionPrefix
        writer.block("extension \(message.swiftName) {") { writer in
            writer.block("public func serializedBytes() -> [UInt8] {") { writer in
                writer.block("ProtobufCArena.with { arena in") { writer in
                    writer.line("let message = arena.allocate(\(message.cName).self)")
                    writer.line("fill(message, arena: &arena)")
                    writer.line("let size = \(prefix)__get_packed_size(message)")
                    writer.block("return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in") { writer in
                        writer.line("count = \(prefix)__pack(message, buffer.baseAddress)")
                    }
                }
            }
            writer.line()
            writer.block("public init(serializedBytes bytes: [UInt8]) throws(RPCError) {") { writer in
                writer.line("try self.init(serializedBytesOf: bytes)")
            }
            writer.line()
            writer.block("public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {") { writer in
                writer.block("let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in", closing: "}") { writer in
                    writer.block("ProtobufCArena.withUnpackAllocator { allocator in") { writer in
                        writer.line("\(prefix)__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }")
                    }
                }
                writer.block("guard let decoded else {") { writer in
                    writer.line("try self.init(serializedBytesOf: Array(bytes))")
                    writer.line("return")
                }
                writer.line("guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }")
                writer.line("self = decoded")
            }
            writer.line()
            writer.block("init(_ c: UnsafeMutablePointer<\(message.cName)>) {") { writer in
                writer.line("self.init()")
                if !message.fields.isEmpty { writer.line("let m = c.pointee") }
                for field in message.fields { renderRead(field, into: &writer) }
            }
            writer.line()
            writer.block("func fill(_ c: UnsafeMutablePointer<\(message.cName)>, arena: inout ProtobufCArena) {") { writer in
                writer.line("\(prefix)__init(c)")
                for field in message.fields { renderFill(field, into: &writer) }
            }
        }
    }

    // MARK: C → Swift

    private func readScalar(_ scalar: ScalarType, _ expression: String) -> String {
        switch scalar {
        case .string: "ProtobufCRead.string(\(expression))"
        case .bytes: "ProtobufCRead.bytes(\(expression))"
        case .bool: "ProtobufCRead.bool(\(expression))"
        default: expression
        }
    }

    private func readEnum(_ swiftName: String, _ expression: String) -> String {
        "\(swiftName)(rawValue: Int32(bitPattern: \(expression).rawValue))"
    }

    private func renderRead(_ field: Field, into writer: inout CodeWriter) {
        let cField = Naming.cFieldName(field.protoName)
        let name = "self.\(Naming.bare(field.swiftName))"
        switch field.kind {
        case .scalar(let scalar):
            if field.isRepeated {
                writer.line("\(name) = ProtobufCRead.array(m.\(cField), count: m.n_\(cField)) { \(readScalar(scalar, "$0")) }")
            } else {
                writer.line("\(name) = \(readScalar(scalar, "m.\(cField)"))")
            }
        case .protoEnum(_, let swiftName):
            if field.isRepeated {
                writer.line("\(name) = ProtobufCRead.array(m.\(cField), count: m.n_\(cField)) { \(readEnum(swiftName, "$0")) }")
            } else {
                writer.line("\(name) = \(readEnum(swiftName, "m.\(cField)"))")
            }
        case .message(_, let swiftName, _):
            if field.isRepeated {
                writer.line("\(name) = ProtobufCRead.array(m.\(cField), count: m.n_\(cField)) { $0.map { \(swiftName)($0) } ?? \(swiftName)() }")
            } else {
                writer.line("\(name) = m.\(cField).map { \(swiftName)($0) }")
            }
        case .map(let keyType, let value):
            let valueExpression: String
            switch value {
            case .scalar(let scalar): valueExpression = readScalar(scalar, "entry.value")
            case .protoEnum(_, let swiftName): valueExpression = readEnum(swiftName, "entry.value")
            case .message(_, let swiftName, _): valueExpression = "entry.value.map { \(swiftName)($0) } ?? \(swiftName)()"
            }
            writer.block("for index in 0..<m.n_\(cField) {") { writer in
                writer.line("guard let entry = m.\(cField)[index]?.pointee else { continue }")
                writer.line("\(name)[\(readScalar(keyType, "entry.key"))] = \(valueExpression)")
            }
        }
    }

    // MARK: Swift → C

    private func fillScalar(_ scalar: ScalarType, _ expression: String) -> String {
        switch scalar {
        case .string: "arena.cString(\(expression))"
        case .bytes: "arena.binary(\(expression))"
        case .bool: "\(expression) ? 1 : 0"
        default: expression
        }
    }

    private func cScalarType(_ scalar: ScalarType) -> String {
        switch scalar {
        case .string: "UnsafeMutablePointer<CChar>?"
        case .bytes: "ProtobufCBinaryData"
        case .bool: "protobuf_c_boolean"
        default: scalar.swiftType
        }
    }

    private func cEnumName(_ fullName: String) -> String {
        // Enums live in our files; their C name follows the same rule as messages.
        guard let protoEnum = contract.protoEnum(named: fullName),
            let file = contract.files.first(where: { $0.enums.contains { $0.fullName == protoEnum.fullName } })
        else { return fullName }
        let path = fullName.dropFirst(file.package.count + 1).split(separator: ".").map(String.init)
        return Naming.cStructName(package: file.package, path: path)
    }

    private func fillEnum(_ fullName: String, _ expression: String) -> String {
        "\(cEnumName(fullName))(rawValue: UInt32(bitPattern: \(expression).rawValue))"
    }

    private func renderFill(_ field: Field, into writer: inout CodeWriter) {
        let cField = Naming.cFieldName(field.protoName)
        let name = "self.\(Naming.bare(field.swiftName))"
        let local = Naming.bare(field.swiftName)
        switch field.kind {
        case .scalar(let scalar):
            if field.isRepeated {
                renderArrayFill(name: name, cField: cField, elementType: cScalarType(scalar), into: &writer) { writer in
                    writer.line("elements[index] = \(fillScalar(scalar, "\(name)[index]"))")
                }
            } else if scalar == .string {
                writer.line("if !\(name).isEmpty { c.pointee.\(cField) = arena.cString(\(name)) }")
            } else {
                writer.line("c.pointee.\(cField) = \(fillScalar(scalar, name))")
            }
        case .protoEnum(let fullName, _):
            if field.isRepeated {
                renderArrayFill(name: name, cField: cField, elementType: cEnumName(fullName), into: &writer) { writer in
                    writer.line("elements[index] = \(fillEnum(fullName, "\(name)[index]"))")
                }
            } else {
                writer.line("c.pointee.\(cField) = \(fillEnum(fullName, name))")
            }
        case .message(_, _, let cName):
            if field.isRepeated {
                renderArrayFill(name: name, cField: cField, elementType: "UnsafeMutablePointer<\(cName)>?", into: &writer) { writer in
                    writer.line("let element = arena.allocate(\(cName).self)")
                    writer.line("\(name)[index].fill(element, arena: &arena)")
                    writer.line("elements[index] = element")
                }
            } else {
                writer.block("if let value = \(name) {") { writer in
                    writer.line("let element = arena.allocate(\(cName).self)")
                    writer.line("value.fill(element, arena: &arena)")
                    writer.line("c.pointee.\(cField) = element")
                }
            }
        case .map(let keyType, let value):
            let entryC = field.mapEntryCName
            let entries = "\(local)Entries"
            writer.block("if !\(name).isEmpty {") { writer in
                writer.line("let \(entries) = \(name).sorted { $0.key < $1.key }")
                writer.line("let elements = arena.allocateArray(UnsafeMutablePointer<\(entryC)>?.self, count: \(entries).count)")
                writer.block("for index in \(entries).indices {") { writer in
                    writer.line("let entry = arena.allocate(\(entryC).self)")
                    writer.line("\(field.mapEntryCFunctionPrefix)__init(entry)")
                    writer.line("entry.pointee.key = \(fillScalar(keyType, "\(entries)[index].key"))")
                    switch value {
                    case .scalar(let scalar):
                        writer.line("entry.pointee.value = \(fillScalar(scalar, "\(entries)[index].value"))")
                    case .protoEnum(let fullName, _):
                        writer.line("entry.pointee.value = \(fillEnum(fullName, "\(entries)[index].value"))")
                    case .message(_, _, let cName):
                        writer.line("let value = arena.allocate(\(cName).self)")
                        writer.line("\(entries)[index].value.fill(value, arena: &arena)")
                        writer.line("entry.pointee.value = value")
                    }
                    writer.line("elements[index] = entry")
                }
                writer.line("c.pointee.n_\(cField) = \(entries).count")
                writer.line("c.pointee.\(cField) = elements")
            }
        }
    }

    /// A C array for a repeated field, filled element by element in a loop (no closure, so the
    /// arena can be passed `inout` to nested fills).
    private func renderArrayFill(
        name: String, cField: String, elementType: String, into writer: inout CodeWriter,
        element: (inout CodeWriter) -> Void
    ) {
        writer.block("if !\(name).isEmpty {") { writer in
            writer.line("let elements = arena.allocateArray(\(elementType).self, count: \(name).count)")
            writer.block("for index in \(name).indices {", element)
            writer.line("c.pointee.n_\(cField) = \(name).count")
            writer.line("c.pointee.\(cField) = elements")
        }
    }
}
