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
            let direction: Direction = name.hasSuffix(Direction.request.suffix) ? .request : .response
            let fullName = String(name.dropLast(direction.suffix.count))
            guard !emitted.contains(name), let message = contract.message(named: fullName) else { continue }
            emitted.insert(name)
            schemas.append(JSONMember(name, messageSchema(message, excluding: [], direction: direction, referenced: &queue)))
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

    /// Requests and responses of the same message differ: requests accept what proto3 JSON parsing
    /// accepts (null for any field, numbers as strings, enum numbers) and name required fields;
    /// responses always carry every field.
    enum Direction {
        case request, response

        var suffix: String { self == .request ? ".Input" : "" }
    }

    private func reference(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

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
                    "schema": fieldSchema(field, direction: .response, referenced: &referenced, nullable: false),
                ])
            }
        }
        if !parameters.isEmpty { members.append(JSONMember("parameters", .array(parameters))) }
        if http.body == "*" {
            let schema = messageSchema(method.input, excluding: Set(http.pathFields), direction: .request, referenced: &referenced)
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
                schema = fieldSchema(field, direction: .response, referenced: &referenced, nullable: false)
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

    private func messageSchema(
        _ message: Message, excluding: Set<String>, direction: Direction, referenced: inout [String]
    ) -> JSONValue {
        var properties: [JSONMember] = []
        var required: [JSONValue] = []
        for field in message.fields where !excluding.contains(field.protoName) {
            properties.append(JSONMember(field.protoName, fieldSchema(field, direction: direction, referenced: &referenced)))
            // Responses always carry every field; requests need only the required ones.
            if direction == .response || field.isRequired { required.append(.string(field.protoName)) }
        }
        var members: [JSONMember] = [
            JSONMember("type", "object"),
            JSONMember("properties", .object(properties)),
            JSONMember("additionalProperties", false),
        ]
        if !required.isEmpty { members.append(JSONMember("required", .array(required))) }
        if !message.comment.isEmpty {
            members.insert(JSONMember("description", .string(message.comment.trimmingWhitespace)), at: 0)
        }
        return .object(members)
    }

    private func fieldSchema(_ field: Field, direction: Direction, referenced: inout [String], nullable: Bool = true) -> JSONValue {
        var schema: JSONValue
        switch field.kind {
        case .scalar(let scalar):
            schema = scalarSchema(scalar, direction: direction)
            if direction == .request, field.isRequired, scalar == .string { schema = ["type": "string", "minLength": 1] }
        case .protoEnum(let fullName, _):
            schema = enumSchema(fullName, direction: direction, nullable: nullable && !field.isRepeated)
        case .message(let fullName, _, _):
            referenced.append(fullName + direction.suffix)
            schema = field.isRepeated || !nullable
                ? reference(fullName + direction.suffix) : ["anyOf": [reference(fullName + direction.suffix), ["type": "null"]]]
        case .map(_, let value):
            let valueSchema: JSONValue
            switch value {
            case .scalar(let scalar): valueSchema = scalarSchema(scalar, direction: direction)
            case .protoEnum(let fullName, _): valueSchema = enumSchema(fullName, direction: direction, nullable: false)
            case .message(let fullName, _, _):
                referenced.append(fullName + direction.suffix)
                valueSchema = reference(fullName + direction.suffix)
            }
            schema = ["type": "object", "additionalProperties": valueSchema]
        }
        if field.isRepeated { schema = ["type": "array", "items": schema] }
        // proto3 JSON reads null as the default of any field.
        if direction == .request, nullable, !field.isRequired {
            switch field.kind {
            case .scalar, .map: schema = ["anyOf": [schema, ["type": "null"]]]
            case .protoEnum, .message: if field.isRepeated { schema = ["anyOf": [schema, ["type": "null"]]] }
            }
        }
        if !field.comment.isEmpty, case .object(var members) = schema {
            members.append(JSONMember("description", .string(field.comment.trimmingWhitespace)))
            schema = .object(members)
        }
        return schema
    }

    private static let integerString: JSONValue = ["type": "string", "pattern": "^-?[0-9]+$"]

    private func scalarSchema(_ scalar: ScalarType, direction: Direction) -> JSONValue {
        switch scalar {
        case .string: return ["type": "string"]
        case .bool: return ["type": "boolean"]
        case .bytes: return ["type": "string", "contentEncoding": "base64"]
        case .float, .double:
            return direction == .request
                ? ["anyOf": [["type": "number"], ["type": "string", "enum": ["NaN", "Infinity", "-Infinity"]]]]
                : ["type": "number"]
        case .int32, .sint32, .sfixed32:
            let number: JSONValue = ["type": "integer", "format": "int32"]
            return direction == .request ? ["anyOf": [number, Self.integerString]] : number
        case .uint32, .fixed32:
            let number: JSONValue = ["type": "integer", "minimum": 0, "maximum": 4_294_967_295]
            return direction == .request ? ["anyOf": [number, Self.integerString]] : number
        case .int64, .sint64, .sfixed64, .uint64, .fixed64:
            let string: JSONValue = ["type": "string", "format": "int64", "pattern": "^-?[0-9]+$"]
            return direction == .request ? ["anyOf": [string, ["type": "integer"]]] : string
        }
    }

    private func enumSchema(_ fullName: String, direction: Direction, nullable: Bool) -> JSONValue {
        guard let protoEnum = contract.protoEnum(named: fullName) else { return ["type": "string"] }
        var names: [JSONValue] = protoEnum.cases.filter { !($0.number == 0 && protoEnum.zeroIsNull) }.map { .string($0.jsonName) }
        if direction == .request {
            // Parsing also takes the proto names and the numbers.
            names += protoEnum.cases.filter { $0.jsonName != $0.protoName }.map { .string($0.protoName) }
            var choices: [JSONValue] = [["type": "string", "enum": .array(names)], ["type": "integer", "format": "int32"]]
            if nullable { choices.append(["type": "null"]) }
            return ["anyOf": .array(choices)]
        }
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
