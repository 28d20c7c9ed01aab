import Foundation

/// Renders the contract tests: a sample value of every message in several variants, a round-trip
/// test per message, and for every service an implementation answering samples plus a test that
/// calls each method through the generated client and server over the in-process transport.
struct ContractTestsRenderer {
    let contract: Contract

    func render() -> [GeneratedFile] {
        [renderSamples(), renderRoundTrips(), renderServiceTests()]
    }

    private func file(_ name: String, _ writer: CodeWriter) -> GeneratedFile {
        GeneratedFile(
            path: "Tests/MeshContractsTests/Generated/\(name)",
            contents: GeneratedHeader.swift(source: "Protos/") + writer.text)
    }

    // MARK: samples

    private func renderSamples() -> GeneratedFile {
        var writer = CodeWriter()
        writer.line("import MeshContracts")
        writer.line()
        writer.line("/// Every message of the contract, for tests that must cover all of them.")
        writer.block("let allContractMessageTypes: [any ContractSampled.Type] = [", closing: "]") { writer in
            for message in contract.allMessages { writer.line("\(message.swiftName).self,") }
        }
        for message in contract.allMessages {
            writer.line()
            writer.block("extension \(message.swiftName): ContractSampled {") { writer in
                writer.block("static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {") { writer in
                    guard !message.fields.isEmpty else {
                        writer.line("Self()")
                        return
                    }
                    writer.line("var sample = Self()")
                    writer.line("guard variant != .empty else { return sample }")
                    for field in message.fields { renderSampleField(field, into: &writer) }
                    writer.line("return sample")
                }
            }
        }
        return file("ContractSamples.swift", writer)
    }

    private func scalarSample(_ scalar: ScalarType, field: Field, index: String = "0") -> String {
        let name = swiftStringLiteral(field.protoName)
        switch scalar {
        case .string: return "ContractValues.string(variant, field: \(name), index: \(index))"
        case .bytes: return "ContractValues.bytes(variant, index: \(index))"
        case .bool: return "ContractValues.bool(variant)"
        case .float: return "ContractValues.float(variant, number: \(field.number))"
        case .double: return "ContractValues.double(variant, number: \(field.number))"
        default: return "ContractValues.integer(variant, number: \(field.number), as: \(scalar.swiftType).self)"
        }
    }

    private func enumSample(_ fullName: String) -> String {
        let numbers = contract.protoEnum(named: fullName)?.cases.map(\.number) ?? [0]
        let swiftName = contract.protoEnum(named: fullName)?.swiftName ?? fullName
        return "\(swiftName)(rawValue: ContractValues.enumNumber(variant, known: \(numbers)))"
    }

    private func renderSampleField(_ field: Field, into writer: inout CodeWriter) {
        let target = "sample.\(field.swiftName)"
        switch field.kind {
        case .scalar(let scalar):
            if field.isRepeated {
                writer.line("\(target) = ContractValues.repeated(variant) { index in \(scalarSample(scalar, field: field, index: "index")) }")
            } else {
                writer.line("\(target) = \(scalarSample(scalar, field: field))")
            }
        case .protoEnum(let fullName, _):
            if field.isRepeated {
                writer.line("\(target) = ContractValues.repeated(variant) { _ in \(enumSample(fullName)) }")
            } else {
                writer.line("\(target) = \(enumSample(fullName))")
            }
        case .message(_, let swiftName, _):
            if field.isRepeated {
                writer.line("\(target) = depth < ContractValues.maxDepth ? ContractValues.repeated(variant) { _ in \(swiftName).contractSample(variant.forElements, depth: depth + 1) } : []")
            } else {
                writer.line("\(target) = depth < ContractValues.maxDepth ? \(swiftName).contractSample(variant, depth: depth + 1) : nil")
            }
        case .map(let key, let value):
            let keyExpression: String
            switch key {
            case .string: keyExpression = "ContractValues.string(variant, field: \(swiftStringLiteral(field.protoName)), index: index)"
            case .bool: keyExpression = "index % 2 == 0"
            default: keyExpression = "\(key.swiftType)(index)"
            }
            let valueExpression: String
            switch value {
            case .scalar(let scalar): valueExpression = scalarSample(scalar, field: field, index: "index")
            case .protoEnum(let fullName, _): valueExpression = enumSample(fullName)
            case .message(_, let swiftName, _): valueExpression = "\(swiftName).contractSample(variant.forElements, depth: depth + 1)"
            }
            writer.line("\(target) = ContractValues.map(variant) { index in (\(keyExpression), \(valueExpression)) }")
        }
    }

    // MARK: round trips

    private func renderRoundTrips() -> GeneratedFile {
        var writer = CodeWriter()
        writer.line("import MeshContracts")
        writer.line("import Testing")
        writer.line()
        writer.line("@Suite(\"Every message round-trips through libprotobuf-c and JSON\")")
        writer.block("struct GeneratedRoundTripTests {") { writer in
            for message in contract.allMessages {
                let testName = message.fullName.replacingOccurrences(of: ".", with: "_")
                writer.line("@Test func \(testName)() throws { try assertContractRoundTrips(\(message.swiftName).self) }")
            }
        }
        return file("RoundTripTests.swift", writer)
    }

    // MARK: services

    private func renderServiceTests() -> GeneratedFile {
        var writer = CodeWriter()
        writer.line("import MeshContracts")
        writer.line("import MeshCore")
        writer.line("import Testing")
        for service in contract.allServices {
            let implementation = "Sample\(service.namespace)\(service.name)Service"
            writer.line()
            writer.line("/// Answers every method with the `.full` sample of its response, after checking the request is the `.full` sample.")
            writer.block("struct \(implementation): \(service.namespace).\(service.name)Service {") { writer in
                for method in service.methods {
                    if method.isServerStreaming {
                        writer.block("func \(method.swiftName)(_ request: \(method.input.swiftName), writer: ServerStreamWriter<\(method.output.swiftName)>, context: ServerContext) async throws {") { writer in
                            writer.line("try expectSample(request)")
                            writer.line("for _ in 0..<3 { try await writer.write(.contractSample(.full, depth: 0)) }")
                        }
                    } else {
                        writer.block("func \(method.swiftName)(_ request: \(method.input.swiftName), context: ServerContext) async throws -> \(method.output.swiftName) {") { writer in
                            writer.line("try expectSample(request)")
                            writer.line("return .contractSample(.full, depth: 0)")
                        }
                    }
                }
            }
            writer.line()
            writer.line("@Suite(\"\(service.fullName) through the generated client and server\")")
            writer.block("struct \(service.namespace)\(service.name)ContractTests {") { writer in
                writer.line("let client = \(service.namespace).\(service.name)Client(transport: InProcessTransport(services: [\(implementation)()]))")
                for method in service.methods {
                    writer.line()
                    writer.block("@Test func \(Naming.bare(method.swiftName))() async throws {") { writer in
                        if method.isServerStreaming {
                            writer.line("let received = try await client.\(method.swiftName)(.contractSample(.full, depth: 0)) { stream in")
                            writer.line("    var messages: [\(method.output.swiftName)] = []")
                            writer.line("    for try await message in stream { messages.append(message) }")
                            writer.line("    return messages")
                            writer.line("}")
                            writer.line("#expect(received == Array(repeating: .contractSample(.full, depth: 0), count: 3))")
                        } else {
                            writer.line("let response = try await client.\(method.swiftName)(.contractSample(.full, depth: 0))")
                            writer.line("#expect(response == .contractSample(.full, depth: 0))")
                        }
                    }
                }
            }
        }
        return file("ServiceContractTests.swift", writer)
    }
}
