import Foundation

/// Renders the gateway's route table from the methods' HTTP annotations.
struct GatewayRoutesRenderer {
    let contract: Contract

    func render() -> GeneratedFile {
        var writer = CodeWriter()
        writer.line("import MeshCore")
        writer.line("import MeshJSON")
        writer.line()
        writer.line("/// The routes of the public JSON contract, one per method with an HTTP annotation in Protos/.")
        writer.block("public enum GatewayRouteTable {") { writer in
            writer.block("public static let routes: [GatewayRoute] = [", closing: "]") { writer in
                for service in contract.allServices {
                    for method in service.methods {
                        guard let http = method.http else { continue }
                        renderRoute(service: service, method: method, http: http, into: &writer)
                    }
                }
            }
        }
        return GeneratedFile(
            path: "Sources/MeshContracts/Generated/GatewayRoutes.swift",
            contents: GeneratedHeader.swift(source: "the HTTP annotations in Protos/") + writer.text)
    }

    private func renderRoute(service: Service, method: Method, http: HTTPBinding, into writer: inout CodeWriter) {
        let descriptor = "\(service.namespace).\(service.name).Method.\(method.swiftName)"
        let roles = "[" + method.allowedRoles.map(swiftStringLiteral).joined(separator: ", ") + "]"
        let handlerKind = http.serverSentEvents ? ".serverSentEvents { input, transport, options, emit in" : ".unary { input, transport, options in"
        writer.line("GatewayRoute(")
        writer.indented { writer in
            writer.line("verb: \(swiftStringLiteral(http.verb)), pathTemplate: \(swiftStringLiteral(http.pathTemplate)),")
            writer.line("method: \(descriptor),")
            writer.line("allowedRoles: \(roles), internalOnly: \(method.internalOnly), isPublic: \(method.isPublic), hasBody: \(http.body == "*"),")
            writer.block("handler: \(handlerKind)", closing: "}),") { writer in
                renderRequest(method: method, http: http, into: &writer)
                if http.serverSentEvents {
                    writer.block("try await transport.serverStreaming(request, method: \(descriptor), options: options, of: \(method.output.swiftName).self) { stream in") { writer in
                        writer.line("for try await message in stream { try await emit(message.jsonValue()) }")
                    }
                } else {
                    renderResponse(descriptor: descriptor, method: method, http: http, into: &writer)
                }
            }
        }
    }

    private func renderRequest(method: Method, http: HTTPBinding, into writer: inout CodeWriter) {
        let input = method.input
        let needsMutation = !http.pathFields.isEmpty
        let binding = needsMutation ? "var" : "let"
        if http.body == "*" {
            writer.line("\(binding) request = try \(input.swiftName)(json: input.body ?? .object([]), options: input.decodingOptions)")
        } else {
            // Query parameters: strings, except booleans; unknown parameters are ignored, as on the web.
            let boolFields = input.fields.filter { $0.lockType == "bool" }.map(\.protoName)
            let queryFields = input.fields.filter { !http.pathFields.contains($0.protoName) }.map(\.protoName)
            if queryFields.isEmpty {
                writer.line("\(binding) request = \(input.swiftName)()")
            } else {
                let conversion = boolFields.isEmpty
                    ? ".string($0.value)"
                    : "[\(boolFields.map(swiftStringLiteral).joined(separator: ", "))].contains($0.key) ? .bool($0.value == \"true\") : .string($0.value)"
                writer.line("let query = JSONValue.object(input.query.sorted { $0.key < $1.key }.map { JSONMember($0.key, \(conversion)) })")
                writer.line("\(binding) request = try \(input.swiftName)(json: query, options: JSONDecodingOptions(ignoreUnknownFields: true))")
            }
        }
        for fieldName in http.pathFields {
            guard let field = input.fields.first(where: { $0.protoName == fieldName }) else { continue }
            writer.line("request.\(field.swiftName) = input.pathParameters[\(swiftStringLiteral(fieldName))] ?? \"\"")
        }
    }

    private func renderResponse(descriptor: String, method: Method, http: HTTPBinding, into writer: inout CodeWriter) {
        let output = method.output
        writer.line("let response = try await transport.unary(request, method: \(descriptor), options: options, as: \(output.swiftName).self)")
        var status = "\(http.successStatus)"
        if let condition = output.fields.first(where: { $0.protoName == http.successStatusIf }) {
            status = "response.\(condition.swiftName) ? \(http.successStatus) : 200"
        }
        let body = http.responseBody.isEmpty
            ? "response.jsonValue()"
            : "response.jsonValue()[\(swiftStringLiteral(http.responseBody))] ?? .null"
        if http.responseHeaders.isEmpty {
            writer.line("return GatewayResponse(status: \(status), body: \(body))")
        } else {
            writer.line("var headers: [(name: String, value: String)] = []")
            for header in http.responseHeaders {
                guard let field = output.fields.first(where: { $0.protoName == header.field }) else { continue }
                writer.line("if !response.\(field.swiftName).isEmpty { headers.append((\(swiftStringLiteral(header.header)), response.\(field.swiftName))) }")
            }
            writer.line("return GatewayResponse(status: \(status), body: \(body), headers: headers)")
        }
    }
}
