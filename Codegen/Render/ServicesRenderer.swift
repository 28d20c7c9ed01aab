import Foundation

/// Renders, for one proto file's services: method descriptors, the server protocol (one requirement
/// per method, so a service missing a method does not compile), its registration, and a typed client.
struct ServicesRenderer {
    func render(_ file: ProtoFile) -> GeneratedFile? {
        guard !file.services.isEmpty else { return nil }
        var writer = CodeWriter()
        writer.line("import MeshCore")
        for service in file.services {
            writer.line()
            renderDescriptors(service, into: &writer)
            writer.line()
            renderProtocol(service, into: &writer)
            writer.line()
            renderRegistration(service, into: &writer)
            writer.line()
            renderClient(service, into: &writer)
        }
        return GeneratedFile(
            path: "Sources/MeshContracts/Generated/\(file.stem).services.swift",
            contents: GeneratedHeader.swift(source: file.path) + writer.text)
    }

    private func renderDescriptors(_ service: Service, into writer: inout CodeWriter) {
        writer.block("extension \(service.namespace) {") { writer in
            writer.line("/// The methods of `\(service.fullName)`.")
            writer.block("public enum \(service.name) {") { writer in
                writer.line("public static let serviceName = \(swiftStringLiteral(service.fullName))")
                writer.line()
                writer.block("public enum Method {") { writer in
                    for method in service.methods {
                        let kind = method.isServerStreaming ? ".serverStreaming" : ".unary"
                        writer.line("public static let \(method.swiftName) = MethodDescriptor(service: \(swiftStringLiteral(service.fullName)), method: \(swiftStringLiteral(method.name)), kind: \(kind), isIdempotent: \(method.isIdempotent))")
                    }
                    writer.line()
                    writer.line("public static let all: [MethodDescriptor] = [\(service.methods.map(\.swiftName).joined(separator: ", "))]")
                }
            }
        }
    }

    private func renderProtocol(_ service: Service, into writer: inout CodeWriter) {
        writer.block("extension \(service.namespace) {") { writer in
            writer.docComment(service.comment)
            writer.line("///")
            writer.line("/// Implement every method to serve `\(service.fullName)`; register with `RPCRouter.register(_:)`.")
            writer.block("public protocol \(service.name)Service: RPCService {") { writer in
                for method in service.methods {
                    writer.docComment(method.comment)
                    if method.isServerStreaming {
                        writer.line("func \(method.swiftName)(_ request: \(method.input.swiftName), writer: ServerStreamWriter<\(method.output.swiftName)>, context: ServerContext) async throws")
                    } else {
                        writer.line("func \(method.swiftName)(_ request: \(method.input.swiftName), context: ServerContext) async throws -> \(method.output.swiftName)")
                    }
                }
            }
        }
    }

    private func renderRegistration(_ service: Service, into writer: inout CodeWriter) {
        writer.block("extension \(service.namespace).\(service.name)Service {") { writer in
            writer.block("public func registerMethods(with router: inout RPCRouter) {") { writer in
                for method in service.methods {
                    let descriptor = "\(service.namespace).\(service.name).Method.\(method.swiftName)"
                    if method.isServerStreaming {
                        writer.block("router.register(\(descriptor), handler: .serverStreaming { request, context, writer in", closing: "})") { writer in
                            writer.line("try await self.\(method.swiftName)(\(method.input.swiftName)(serializedBytes: request), writer: ServerStreamWriter(writer), context: context)")
                        }
                    } else {
                        writer.block("router.register(\(descriptor), handler: .unary { request, context in", closing: "})") { writer in
                            writer.line("try await self.\(method.swiftName)(\(method.input.swiftName)(serializedBytes: request), context: context).serializedBytes()")
                        }
                    }
                }
            }
        }
    }

    private func renderClient(_ service: Service, into writer: inout CodeWriter) {
        writer.block("extension \(service.namespace) {") { writer in
            writer.line("/// Calls `\(service.fullName)` through any transport.")
            writer.block("public struct \(service.name)Client: Sendable {") { writer in
                writer.line("public let transport: any ClientTransport")
                writer.line()
                writer.line("public init(transport: any ClientTransport) { self.transport = transport }")
                for method in service.methods {
                    writer.line()
                    writer.docComment(method.comment)
                    let descriptor = "\(service.name).Method.\(method.swiftName)"
                    if method.isServerStreaming {
                        writer.block("public func \(method.swiftName)<Result: Sendable>(_ request: \(method.input.swiftName), options: CallOptions = CallOptions(), body: (ResponseStream<\(method.output.swiftName)>) async throws -> Result) async throws -> Result {") { writer in
                            writer.line("try await transport.serverStreaming(request, method: \(descriptor), options: options, of: \(method.output.swiftName).self, body: body)")
                        }
                    } else {
                        writer.block("public func \(method.swiftName)(_ request: \(method.input.swiftName), options: CallOptions = CallOptions()) async throws -> \(method.output.swiftName) {") { writer in
                            writer.line("try await transport.unary(request, method: \(descriptor), options: options, as: \(method.output.swiftName).self)")
                        }
                    }
                }
            }
        }
    }
}
