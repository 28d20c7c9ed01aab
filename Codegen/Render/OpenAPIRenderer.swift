import Foundation

import MeshJSON

/// Renders the OpenAPI 3.1 document of the public JSON contract from the HTTP annotations, so the
/// document and the gateway's routes cannot disagree.
struct OpenAPIRenderer {
    let contract: Contract

    func render() -> GeneratedFile {
        let document = JSONWriter.prettyString(documentValue())
        var text = GeneratedHeader.swift(source: "the HTTP annotations in Protos/")
        text += "/// The OpenAPI 3.1 document of the public JSON contract, served at GET /openapi.json.\n"
        text += "public enum GatewayOpenAPI {\n"
        text += "    public static let document = #\"\"\"\n" + document + "\"\"\"#\n"
        text += "}\n"
        return GeneratedFile(path: "Sources/MeshContracts/Generated/GatewayOpenAPI.swift", contents: text)
    }

    func documentValue() -> JSONValue {
        var paths: [String: [JSONMember]] = [:]
        var pathOrder: [String] = []
        var referenced: [String] = []
        for service in contract.allServices {
            for method in service.methods {
                guard let http = method.http else { continue }
                let path = http.pathTemplate
                if paths[path] == nil { pathOrder.append(path) }
                paths[path, default: []].append(
                    JSONMember(http.verb.lowercased(), operation(service: service, method: method, http: http, referenced: &referenced)))
            }
        }
        pathOrder.append("/openapi.json")
        paths["/openapi.json"] = [
            JSONMember(
                "get",
                .object([
                    JSONMember("operationId", "OpenAPIDocument"),
                    JSONMember("summary", "This document"),
                    JSONMember("security", .array([])),
                    JSONMember(
                        "responses",
                        .object([JSONMember("200", response("The OpenAPI document", schema: ["type": "object"]))])),
                ]))
        ]
        var schemas: [JSONMember] = [JSONMember("Error", errorSchema)]
        var emitted: Set<String> = []
        var queue = referenced
        while let name = queue.first {
            queue.removeFirst()
            guard !emitted.contains(name), let message = contract.message(named: name) else { continue }
            emitted.insert(name)
            schemas.append(JSONMember(name, messageSchema(message, excluding: [], referenced: &queue)))
        }
        return .object([
            JSONMember("openapi", "3.1.0"),
            JSONMember(
                "info",
                .object([
                    JSONMember("title", "Mesh ingestion gateway"),
                    JSONMember("version", "1.0.0"),
                    JSONMember(
                        "description",
                        "The public JSON contract used by MLWorkbench. Generated from the HTTP annotations in Protos/."),
                ])),
            JSONMember("security", .array([.object([JSONMember("ApiKey", .array([]))])])),
            JSONMember("paths", .object(pathOrder.map { JSONMember($0, .object(paths[$0] ?? [])) })),
            JSONMember(
                "components",
                .object([
                    JSONMember("securitySchemes", .object([JSONMember("ApiKey", ["type": "apiKey", "in": "header", "name": "X-API-Key"])])),
                    JSONMember("schemas", .object(schemas)),
                ])),
        ])
    }

    private var errorSchema: JSONValue {
        [
            "type": "object", "required": ["error"], "additionalProperties": false,
            "properties": [
                "error": [
                    "type": "object", "required": ["code", "message"],
                    "properties": [
                        "code": ["type": "string", "description": "Machine-readable, e.g. not_found, rate_limited, http_403"],
                        "message": ["type": "string"],
                        "details": ["type": "object"],
                    ],
                ]
            ],
        ]
    }

    private func reference(_ fullName: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(fullName)")] }

    private func response(_ description: String, schema: JSONValue, contentType: String = "application/json", headers: [JSONMember] = []) -> JSONValue {
        var members = [
            JSONMember("description", .string(description)),
            JSONMember("content", .object([JSONMember(contentType, .object([JSONMember("schema", schema)]))])),
        ]
        if !headers.isEmpty { members.append(JSONMember("headers", .object(headers))) }
        return .object(members)
    }

    private func operation(service: Service, method: Method, http: HTTPBinding, referenced: inout [String]) -> JSONValue {
        var members: [JSONMember] = [
            JSONMember("operationId", .string("\(service.name)_\(method.name)")),
            JSONMember("summary", .string(method.summary.isEmpty ? method.name : method.summary)),
            JSONMember("tags", .array([.string(service.name)])),
        ]
        if method.isPublic { members.append(JSONMember("security", .array([]))) }
        var notes: [String] = []
        if !method.allowedRoles.isEmpty { notes.append("Roles: \(method.allowedRoles.joined(separator: ", ")).") }
        if method.internalOnly { notes.append("Only from an internal address.") }
        notes.append("Binary RPC: \(service.fullName)/\(method.name).")
        members.append(JSONMember("description", .string(notes.joined(separator: " "))))

        var parameters: [JSONValue] = http.pathFields.map { name in
            ["name": .string(name), "in": "path", "required": true, "schema": ["type": "string", "minLength": 1]]
        }
        if http.body != "*" {
            for field in method.input.fields where !http.pathFields.contains(field.protoName) {
                parameters.append([
                    "name": .string(field.protoName), "in": "query", "required": false,
                    "schema": fieldSchema(field, referenced: &referenced, nullable: false),
                ])
            }
        }
        if !parameters.isEmpty { members.append(JSONMember("parameters", .array(parameters))) }
        if http.body == "*" {
            let schema = messageSchema(method.input, excluding: Set(http.pathFields), referenced: &referenced)
            members.append(
                JSONMember(
                    "requestBody",
                    .object([
                        JSONMember("required", true),
                        JSONMember("content", .object([JSONMember("application/json", .object([JSONMember("schema", schema)]))])),
                    ])))
        }

        var successHeaders: [JSONMember] = []
        if !method.isPublic {
            successHeaders.append(JSONMember("X-RateLimit-Limit", ["schema": ["type": "integer"]]))
            successHeaders.append(JSONMember("X-RateLimit-Remaining", ["schema": ["type": "integer"]]))
        }
        for header in http.responseHeaders {
            successHeaders.append(JSONMember(header.header, ["schema": ["type": "string"], "description": .string("From the response's \(header.field)")]))
        }
        var responses: [JSONMember] = []
        if http.serverSentEvents {
            responses.append(
                JSONMember("200", response("Server-sent events, one JSON \(method.output.fullName) per event", schema: ["type": "string"], contentType: "text/event-stream")))
        } else {
            let schema: JSONValue
            if http.responseBody.isEmpty {
                referenced.append(method.output.fullName)
                schema = reference(method.output.fullName)
            } else if let field = method.output.fields.first(where: { $0.protoName == http.responseBody }) {
                schema = fieldSchema(field, referenced: &referenced, nullable: false)
            } else {
                schema = ["type": "object"]
            }
            responses.append(JSONMember(String(http.successStatus), response("Success", schema: schema, headers: successHeaders)))
            if !http.successStatusIf.isEmpty, http.successStatus != 200 {
                responses.append(JSONMember("200", response("Success, nothing new created", schema: schema, headers: successHeaders)))
            }
            if method.isPublic {
                responses.append(JSONMember("503", response("A dependency is down", schema: schema)))
            }
        }
        var errorCodes: [String] = []
        if !method.isPublic { errorCodes += ["401", "429", "503"] }
        if !method.allowedRoles.isEmpty || method.internalOnly { errorCodes.append("403") }
        if !http.pathFields.isEmpty { errorCodes.append("404") }
        if http.body == "*" { errorCodes += ["409", "413", "415", "422"] } else if !parameters.isEmpty { errorCodes.append("422") }
        errorCodes += ["500", "504"]
        for code in Set(errorCodes).sorted() where !responses.contains(where: { $0.key == code }) {
            responses.append(JSONMember(code, response("Error", schema: reference("Error"))))
        }
        responses.append(JSONMember("default", response("Error", schema: reference("Error"))))
        members.append(JSONMember("responses", .object(responses)))
        return .object(members)
    }

    private func messageSchema(_ message: Message, excluding: Set<String>, referenced: inout [String]) -> JSONValue {
        var properties: [JSONMember] = []
        for field in message.fields where !excluding.contains(field.protoName) {
            properties.append(JSONMember(field.protoName, fieldSchema(field, referenced: &referenced)))
        }
        var members: [JSONMember] = [
            JSONMember("type", "object"),
            JSONMember("properties", .object(properties)),
            JSONMember("additionalProperties", false),
        ]
        if !message.comment.isEmpty {
            members.insert(JSONMember("description", .string(message.comment.trimmingWhitespace)), at: 0)
        }
        return .object(members)
    }

    private func fieldSchema(_ field: Field, referenced: inout [String], nullable: Bool = true) -> JSONValue {
        var schema: JSONValue
        switch field.kind {
        case .scalar(let scalar): schema = scalarSchema(scalar)
        case .protoEnum(let fullName, _): schema = enumSchema(fullName, nullable: nullable && !field.isRepeated)
        case .message(let fullName, _, _):
            referenced.append(fullName)
            schema = field.isRepeated || !nullable ? reference(fullName) : ["anyOf": [reference(fullName), ["type": "null"]]]
        case .map(_, let value):
            let valueSchema: JSONValue
            switch value {
            case .scalar(let scalar): valueSchema = scalarSchema(scalar)
            case .protoEnum(let fullName, _): valueSchema = enumSchema(fullName, nullable: false)
            case .message(let fullName, _, _):
                referenced.append(fullName)
                valueSchema = reference(fullName)
            }
            schema = ["type": "object", "additionalProperties": valueSchema]
        }
        if field.isRepeated { schema = ["type": "array", "items": schema] }
        if !field.comment.isEmpty, case .object(var members) = schema {
            members.append(JSONMember("description", .string(field.comment.trimmingWhitespace)))
            schema = .object(members)
        }
        return schema
    }

    private func scalarSchema(_ scalar: ScalarType) -> JSONValue {
        switch scalar {
        case .string: ["type": "string"]
        case .bool: ["type": "boolean"]
        case .bytes: ["type": "string", "contentEncoding": "base64"]
        case .float, .double: ["type": "number"]
        case .int32, .sint32, .sfixed32: ["type": "integer", "format": "int32"]
        case .uint32, .fixed32: ["type": "integer", "minimum": 0, "maximum": 4_294_967_295]
        case .int64, .sint64, .sfixed64, .uint64, .fixed64: ["type": "string", "format": "int64"]
        }
    }

    private func enumSchema(_ fullName: String, nullable: Bool) -> JSONValue {
        guard let protoEnum = contract.protoEnum(named: fullName) else { return ["type": "string"] }
        var names: [JSONValue] = protoEnum.cases.filter { !($0.number == 0 && protoEnum.zeroIsNull) }.map { .string($0.jsonName) }
        if protoEnum.zeroIsNull, nullable {
            names.append(.null)
            return ["type": ["string", "null"], "enum": .array(names)]
        }
        return ["type": "string", "enum": .array(names)]
    }
}

extension String {
    var trimmingWhitespace: String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        return text
    }
}
