import ArgumentParser
import MeshContracts
import MeshCore

/// `mesh contracts`: every service, method and public route the generated code knows.
struct ContractsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contracts", abstract: "List the services, methods and HTTP routes generated from Protos/.")

    func run() {
        print(ContractSummary.text())
    }
}

enum ContractSummary {
    static var methods: [MethodDescriptor] { ContractRegistry.methods.values.map(\.descriptor).sorted { $0.path < $1.path } }

    static func text() -> String {
        var lines = ["RPC methods (length-prefixed mesh.v1.Frame over TCP):"]
        for method in methods {
            let kind = method.kind == .serverStreaming ? "server-streaming" : "unary"
            lines.append("  \(method.path)  [\(kind)\(method.isIdempotent ? ", idempotent" : "")]")
        }
        lines.append("")
        lines.append("Public JSON routes (gateway):")
        for route in GatewayRouteTable.routes {
            var notes: [String] = []
            if route.isPublic { notes.append("no key") }
            if !route.allowedRoles.isEmpty { notes.append("roles: " + route.allowedRoles.joined(separator: ",")) }
            if route.internalOnly { notes.append("internal only") }
            let suffix = notes.isEmpty ? "" : "  (\(notes.joined(separator: "; ")))"
            lines.append("  \(route.verb) \(route.pathTemplate) → \(route.method.path)\(suffix)")
        }
        return lines.joined(separator: "\n")
    }
}
