import Foundation

/// Renders the registry of every method with its JSON ⇄ protobuf codec, for generic tools.
struct RegistryRenderer {
    let contract: Contract

    func render() -> GeneratedFile {
        var writer = CodeWriter()
        writer.line("import MeshCore")
        writer.line()
        writer.line("/// Every method of the contract by wire path, with its JSON ⇄ protobuf codec.")
        writer.block("public enum ContractRegistry {") { writer in
            writer.block("public static let methods: [String: MethodCodec] = [", closing: "]") { writer in
                for service in contract.allServices {
                    for method in service.methods {
                        let descriptor = "\(service.namespace).\(service.name).Method.\(method.swiftName)"
                        writer.line("\(swiftStringLiteral("/\(service.fullName)/\(method.name)")): MethodCodec(descriptor: \(descriptor), request: \(method.input.swiftName).self, response: \(method.output.swiftName).self),")
                    }
                }
            }
        }
        return GeneratedFile(
            path: "Sources/MeshContracts/Generated/ContractRegistry.swift",
            contents: GeneratedHeader.swift(source: "the services in Protos/") + writer.text)
    }
}
