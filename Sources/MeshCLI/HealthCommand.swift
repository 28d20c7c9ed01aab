import ArgumentParser
import Foundation
import Logging
import MeshContracts
import MeshJSON
import MeshCore
import MeshTransport

/// `mesh health HOST:PORT`: asks a server's `mesh.v1.Health/Check`; exits 0 when SERVING (the
/// readiness and liveness probe of the Kubernetes manifests), 1 otherwise.
struct HealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health", abstract: "Check a server's health; exit 0 when serving.")

    @Argument(help: "HOST:PORT of the server.") var target: String
    @Option(help: "A service name (default: the server as a whole).") var service: String = ""
    @Option(help: "Deadline in seconds.") var timeout: Double = 2

    func run() async throws {
        let endpoint: Endpoint
        do {
            endpoint = try Endpoint(parsing: target)
        } catch {
            throw ValidationError("\(error)")
        }
        var logger = Logger(label: "mesh.health")
        logger.logLevel = .critical
        var configuration = MeshClientConfiguration()
        configuration.retry = RetryPolicy(maxAttempts: 1)
        let client = MeshClient(resolver: StaticResolver([endpoint]), configuration: configuration, logger: logger)
        defer { client.close() }
        do {
            let response = try await MeshV1.HealthClient(transport: client).check(
                MeshV1.HealthCheckRequest(service: service), options: CallOptions(timeout: .milliseconds(Int64(timeout * 1000))))
            print(JSONWriter.string(response.status.jsonValue()))
            if response.status != .serving { throw ExitCode(1) }
        } catch let error as RPCError {
            print("\(error.code.name): \(error.message)")
            throw ExitCode(1)
        }
    }
}

