import ArgumentParser
import Foundation
import Logging
import MeshContracts
import MeshCore
import MeshJSON
import MeshTransport

/// `mesh call HOST:PORT /pkg.Service/Method '<json>'`: calls any method of the contract with a JSON
/// body and prints the JSON response (server streams: one JSON line per message), like grpcurl.
struct CallCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call", abstract: "Call any method with a JSON body and print the JSON response.")

    @Argument(help: "HOST:PORT of the server.") var target: String
    @Argument(help: "/package.Service/Method") var method: String
    @Argument(help: "The request as JSON (default {}).") var body: String = "{}"
    @Option(name: .customLong("metadata"), help: "k=v metadata, repeatable.") var metadata: [String] = []
    @Option(help: "Deadline in seconds.") var timeout: Double = 30
    @Option(help: "Service credential sent as authorization (or $MESH_SERVICE_CREDENTIAL).")
    var credential: String?

    func run() async throws {
        guard let codec = ContractRegistry.methods[method] else {
            let known = ContractRegistry.methods.keys.sorted().joined(separator: "\n  ")
            throw ValidationError("unknown method \(method); known methods:\n  \(known)")
        }
        let endpoint: Endpoint
        do {
            endpoint = try Endpoint(parsing: target)
        } catch {
            throw ValidationError("\(error)")
        }
        var callMetadata = Metadata()
        for pair in metadata {
            guard let equals = pair.firstIndex(of: "=") else { throw ValidationError("--metadata wants k=v, got '\(pair)'") }
            callMetadata.add(String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
        }
        let request: [UInt8]
        do {
            request = try codec.requestFromJSON(try JSONParser.parse(body))
        } catch {
            throw ValidationError("the request body does not fit \(method): \(error)")
        }
        var configuration = MeshClientConfiguration()
        configuration.credential = credential ?? ProcessInfo.processInfo.environment["MESH_SERVICE_CREDENTIAL"]
        var logger = Logger(label: "mesh.call")
        logger.logLevel = .warning
        let client = MeshClient(resolver: StaticResolver([endpoint]), configuration: configuration, logger: logger)
        defer { client.close() }
        let options = CallOptions(timeout: .milliseconds(Int64(timeout * 1000)), metadata: callMetadata)
        do {
            switch codec.descriptor.kind {
            case .unary:
                let response = try await client.unary(RawRequest(payload: request, metadata: callMetadata), method: codec.descriptor, options: options)
                print(JSONWriter.prettyString(try codec.responseToJSON(response.payload)), terminator: "")
            case .serverStreaming:
                try await client.serverStreaming(RawRequest(payload: request, metadata: callMetadata), method: codec.descriptor, options: options) { stream in
                    for try await message in stream { print(JSONWriter.string(try codec.responseToJSON(message))) }
                }
            }
        } catch let error as RPCError {
            FileHandle.standardError.write(Data("\(error.code.name)\(error.reason.isEmpty ? "" : " (\(error.reason))"): \(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }
}
