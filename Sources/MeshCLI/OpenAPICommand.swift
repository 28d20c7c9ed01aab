import ArgumentParser
import MeshContracts

/// `mesh openapi`: the OpenAPI 3.1 document of the public JSON contract.
struct OpenAPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi", abstract: "Print the OpenAPI 3.1 document generated from Protos/.")

    func run() {
        print(GatewayOpenAPI.document, terminator: "")
    }
}
