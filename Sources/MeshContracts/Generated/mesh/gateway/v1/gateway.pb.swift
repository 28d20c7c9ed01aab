// Generated from mesh/gateway/v1/gateway.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

extension GatewayV1 {
    public struct GatewayHealthRequest: ProtoMessage {
        public static let protoMessageName = "mesh.gateway.v1.GatewayHealthRequest"

        public init() {}
    }
}

extension GatewayV1.GatewayHealthRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(0)
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension GatewayV1 {
    public struct GatewayHealthResponse: ProtoMessage {
        public static let protoMessageName = "mesh.gateway.v1.GatewayHealthResponse"

        /// "ok" or "degraded".
        public var status: String = ""

        /// Service name → "serving" | "not_serving" | "unreachable".
        public var services: [String: String] = [:]

        public init() {}

        public init(
            status: String = "",
            services: [String: String] = [:]
        ) {
            self.status = status
            self.services = services
        }
    }
}

extension GatewayV1.GatewayHealthResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(2)
        members.append(JSONMember("status", .string(self.status)))
        members.append(JSONMember("services", .object(self.services.sorted { $0.key < $1.key }.map { JSONMember($0.key, .string($0.value)) })))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "status":
                do {
                    let fieldPath = ProtoJSON.path(path, "status")
                    self.status = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "services":
                do {
                    let fieldPath = ProtoJSON.path(path, "services")
                    var values: [String: String] = [:]
                    for entry in try ProtoJSON.members(member.value, path: fieldPath) {
                        let entryPath = ProtoJSON.path(fieldPath, entry.key)
                        let key = entry.key
                        values[key] = try ProtoJSON.string(entry.value, path: entryPath)
                    }
                    self.services = values
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}
