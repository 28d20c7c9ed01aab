// Generated from mesh/pipeline/v1/membership.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

extension PipelineV1 {
    /// Who is calling: resolved from an API key by membership, forwarded by trusted services as
    /// x-caller-id / x-caller-role metadata.
    public struct CallerContext: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.CallerContext"

        public var callerID: String = ""

        public var role: MeshV1.CallerRole = .init(rawValue: 0)

        public var keyID: String = ""

        public init() {}

        public init(
            callerID: String = "",
            role: MeshV1.CallerRole = .init(rawValue: 0),
            keyID: String = ""
        ) {
            self.callerID = callerID
            self.role = role
            self.keyID = keyID
        }
    }
}

extension PipelineV1.CallerContext {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(3)
        members.append(JSONMember("caller_id", .string(self.callerID)))
        members.append(JSONMember("role", self.role.jsonValue(options: options)))
        members.append(JSONMember("key_id", .string(self.keyID)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "caller_id", "callerId":
                do {
                    let fieldPath = ProtoJSON.path(path, "caller_id")
                    self.callerID = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "role":
                do {
                    let fieldPath = ProtoJSON.path(path, "role")
                    self.role = try MeshV1.CallerRole(json: member.value, path: fieldPath)
                }
                case "key_id", "keyId":
                do {
                    let fieldPath = ProtoJSON.path(path, "key_id")
                    self.keyID = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct ApiKey: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.ApiKey"

        public var keyID: String = ""

        public var callerID: String = ""

        public var role: MeshV1.CallerRole = .init(rawValue: 0)

        public var label: String = ""

        /// RFC 3339 UTC.
        public var createdAt: String = ""

        /// RFC 3339 UTC; "" while the key is active.
        public var revokedAt: String = ""

        public init() {}

        public init(
            keyID: String = "",
            callerID: String = "",
            role: MeshV1.CallerRole = .init(rawValue: 0),
            label: String = "",
            createdAt: String = "",
            revokedAt: String = ""
        ) {
            self.keyID = keyID
            self.callerID = callerID
            self.role = role
            self.label = label
            self.createdAt = createdAt
            self.revokedAt = revokedAt
        }
    }
}

extension PipelineV1.ApiKey {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(6)
        members.append(JSONMember("key_id", .string(self.keyID)))
        members.append(JSONMember("caller_id", .string(self.callerID)))
        members.append(JSONMember("role", self.role.jsonValue(options: options)))
        members.append(JSONMember("label", .string(self.label)))
        members.append(JSONMember("created_at", .string(self.createdAt)))
        members.append(JSONMember("revoked_at", .string(self.revokedAt)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "key_id", "keyId":
                do {
                    let fieldPath = ProtoJSON.path(path, "key_id")
                    self.keyID = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "caller_id", "callerId":
                do {
                    let fieldPath = ProtoJSON.path(path, "caller_id")
                    self.callerID = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "role":
                do {
                    let fieldPath = ProtoJSON.path(path, "role")
                    self.role = try MeshV1.CallerRole(json: member.value, path: fieldPath)
                }
                case "label":
                do {
                    let fieldPath = ProtoJSON.path(path, "label")
                    self.label = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "created_at", "createdAt":
                do {
                    let fieldPath = ProtoJSON.path(path, "created_at")
                    self.createdAt = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "revoked_at", "revokedAt":
                do {
                    let fieldPath = ProtoJSON.path(path, "revoked_at")
                    self.revokedAt = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct ValidateKeyRequest: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.ValidateKeyRequest"

        public var apiKey: String = ""

        public init() {}

        public init(
            apiKey: String = ""
        ) {
            self.apiKey = apiKey
        }
    }
}

extension PipelineV1.ValidateKeyRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("api_key", .string(self.apiKey)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "api_key", "apiKey":
                do {
                    let fieldPath = ProtoJSON.path(path, "api_key")
                    self.apiKey = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct ValidateKeyResponse: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.ValidateKeyResponse"

        public var caller: PipelineV1.CallerContext? = nil

        public init() {}

        public init(
            caller: PipelineV1.CallerContext? = nil
        ) {
            self.caller = caller
        }
    }
}

extension PipelineV1.ValidateKeyResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        if let value = self.caller {
            members.append(JSONMember("caller", value.jsonValue(options: options)))
        }
        else if !options.omitUnsetMessages {
            members.append(JSONMember("caller", .null))
        }
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "caller":
                do {
                    let fieldPath = ProtoJSON.path(path, "caller")
                    self.caller = member.value == .null ? nil : try PipelineV1.CallerContext(json: member.value, options: options, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct CreateKeyRequest: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.CreateKeyRequest"

        public var role: MeshV1.CallerRole = .init(rawValue: 0)

        /// The identity the key acts as; a new one is made when empty.
        public var callerID: String = ""

        public var label: String = ""

        public init() {}

        public init(
            role: MeshV1.CallerRole = .init(rawValue: 0),
            callerID: String = "",
            label: String = ""
        ) {
            self.role = role
            self.callerID = callerID
            self.label = label
        }
    }
}

extension PipelineV1.CreateKeyRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(3)
        members.append(JSONMember("role", self.role.jsonValue(options: options)))
        members.append(JSONMember("caller_id", .string(self.callerID)))
        members.append(JSONMember("label", .string(self.label)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "role":
                do {
                    let fieldPath = ProtoJSON.path(path, "role")
                    self.role = try MeshV1.CallerRole(json: member.value, path: fieldPath)
                }
                case "caller_id", "callerId":
                do {
                    let fieldPath = ProtoJSON.path(path, "caller_id")
                    self.callerID = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "label":
                do {
                    let fieldPath = ProtoJSON.path(path, "label")
                    self.label = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct CreateKeyResponse: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.CreateKeyResponse"

        public var key: PipelineV1.ApiKey? = nil

        /// The secret, shown once; only its hash is stored.
        public var apiKey: String = ""

        public init() {}

        public init(
            key: PipelineV1.ApiKey? = nil,
            apiKey: String = ""
        ) {
            self.key = key
            self.apiKey = apiKey
        }
    }
}

extension PipelineV1.CreateKeyResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(2)
        if let value = self.key {
            members.append(JSONMember("key", value.jsonValue(options: options)))
        }
        else if !options.omitUnsetMessages {
            members.append(JSONMember("key", .null))
        }
        members.append(JSONMember("api_key", .string(self.apiKey)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "key":
                do {
                    let fieldPath = ProtoJSON.path(path, "key")
                    self.key = member.value == .null ? nil : try PipelineV1.ApiKey(json: member.value, options: options, path: fieldPath)
                }
                case "api_key", "apiKey":
                do {
                    let fieldPath = ProtoJSON.path(path, "api_key")
                    self.apiKey = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct ListKeysRequest: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.ListKeysRequest"

        public init() {}
    }
}

extension PipelineV1.ListKeysRequest {
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

extension PipelineV1 {
    public struct ListKeysResponse: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.ListKeysResponse"

        public var keys: [PipelineV1.ApiKey] = []

        public init() {}

        public init(
            keys: [PipelineV1.ApiKey] = []
        ) {
            self.keys = keys
        }
    }
}

extension PipelineV1.ListKeysResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("keys", .array(self.keys.map { $0.jsonValue(options: options) })))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "keys":
                do {
                    let fieldPath = ProtoJSON.path(path, "keys")
                    var values: [PipelineV1.ApiKey] = []
                    for (index, element) in try ProtoJSON.elements(member.value, path: fieldPath).enumerated() {
                        values.append(try PipelineV1.ApiKey(json: element, options: options, path: ProtoJSON.path(fieldPath, index: index)))
                    }
                    self.keys = values
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct RevokeKeyRequest: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.RevokeKeyRequest"

        public var keyID: String = ""

        public init() {}

        public init(
            keyID: String = ""
        ) {
            self.keyID = keyID
        }
    }
}

extension PipelineV1.RevokeKeyRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("key_id", .string(self.keyID)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "key_id", "keyId":
                do {
                    let fieldPath = ProtoJSON.path(path, "key_id")
                    self.keyID = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct RevokeKeyResponse: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.RevokeKeyResponse"

        public var key: PipelineV1.ApiKey? = nil

        public init() {}

        public init(
            key: PipelineV1.ApiKey? = nil
        ) {
            self.key = key
        }
    }
}

extension PipelineV1.RevokeKeyResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        if let value = self.key {
            members.append(JSONMember("key", value.jsonValue(options: options)))
        }
        else if !options.omitUnsetMessages {
            members.append(JSONMember("key", .null))
        }
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "key":
                do {
                    let fieldPath = ProtoJSON.path(path, "key")
                    self.key = member.value == .null ? nil : try PipelineV1.ApiKey(json: member.value, options: options, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}
