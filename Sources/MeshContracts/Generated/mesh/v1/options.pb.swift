// Generated from mesh/v1/options.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

extension MeshV1 {
    /// Caller roles, shared by the options below and by membership.
    public enum CallerRole: ProtoEnumeration {
        case unspecified
        case user
        case service
        case admin
        /// A number this version of the contract does not know; kept so nothing is lost.
        case unrecognized(Int32)

        public init() { self.init(rawValue: 0) }

        public init(rawValue: Int32) {
            switch rawValue {
                case 0: self = .unspecified
                case 1: self = .user
                case 2: self = .service
                case 3: self = .admin
                default: self = .unrecognized(rawValue)
            }
        }

        public var rawValue: Int32 {
            switch self {
                case .unspecified: 0
                case .user: 1
                case .service: 2
                case .admin: 3
                case .unrecognized(let number): number
            }
        }

        /// Every accepted JSON spelling: the JSON name and the proto name.
        static let jsonNumbers: [String: Int32] = [
            "CALLER_ROLE_UNSPECIFIED": 0,
            "CALLER_ROLE_USER": 1,
            "user": 1,
            "CALLER_ROLE_SERVICE": 2,
            "service": 2,
            "CALLER_ROLE_ADMIN": 3,
            "admin": 3,
        ]

        public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
            if options.enumsAsIntegers { return .integer(Int64(rawValue)) }
            switch self {
                case .unspecified: return .null
                case .user: return .string("user")
                case .service: return .string("service")
                case .admin: return .string("admin")
                case .unrecognized(let number): return .integer(Int64(number))
            }
        }

        public init(json: JSONValue, path: String) throws(JSONMappingError) {
            self.init(rawValue: try ProtoJSON.enumNumber(json, names: Self.jsonNumbers, enumName: "mesh.v1.CallerRole", path: path))
        }
    }
}

extension MeshV1 {
    /// A response field copied into an HTTP response header (e.g. a paging cursor).
    public struct HeaderBinding: ProtoMessage {
        public static let protoMessageName = "mesh.v1.HeaderBinding"

        public var header: String = ""

        public var field: String = ""

        public init() {}

        public init(
            header: String = "",
            field: String = ""
        ) {
            self.header = header
            self.field = field
        }
    }
}

extension MeshV1.HeaderBinding {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(2)
        members.append(JSONMember("header", .string(self.header)))
        members.append(JSONMember("field", .string(self.field)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "header":
                do {
                    let fieldPath = ProtoJSON.path(path, "header")
                    self.header = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "field":
                do {
                    let fieldPath = ProtoJSON.path(path, "field")
                    self.field = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension MeshV1 {
    /// The HTTP mapping of one method, in the spirit of google.api.http.
    public struct HttpRule: ProtoMessage {
        public static let protoMessageName = "mesh.v1.HttpRule"

        /// "GET", "POST", "PUT", "PATCH" or "DELETE".
        public var method: String = ""

        /// Path template; "{field}" segments bind request fields.
        public var path: String = ""

        /// "*" maps the JSON body onto the request; "" means no body (other fields come from the query string).
        public var body: String = ""

        /// Name of the response field that is the HTTP body ("" = the whole response message).
        public var responseBody: String = ""

        /// HTTP status of a success (200 when 0).
        public var successStatus: Int32 = 0

        /// Name of a bool response field: when it is false, the success status is 200 instead of success_status.
        public var successStatusIf: String = ""

        /// The method is server-streaming and is served as text/event-stream.
        public var serverSentEvents: Bool = false

        public var responseHeaders: [MeshV1.HeaderBinding] = []

        public init() {}

        public init(
            method: String = "",
            path: String = "",
            body: String = "",
            responseBody: String = "",
            successStatus: Int32 = 0,
            successStatusIf: String = "",
            serverSentEvents: Bool = false,
            responseHeaders: [MeshV1.HeaderBinding] = []
        ) {
            self.method = method
            self.path = path
            self.body = body
            self.responseBody = responseBody
            self.successStatus = successStatus
            self.successStatusIf = successStatusIf
            self.serverSentEvents = serverSentEvents
            self.responseHeaders = responseHeaders
        }
    }
}

extension MeshV1.HttpRule {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(8)
        members.append(JSONMember("method", .string(self.method)))
        members.append(JSONMember("path", .string(self.path)))
        members.append(JSONMember("body", .string(self.body)))
        members.append(JSONMember("response_body", .string(self.responseBody)))
        members.append(JSONMember("success_status", .integer(Int64(self.successStatus))))
        members.append(JSONMember("success_status_if", .string(self.successStatusIf)))
        members.append(JSONMember("server_sent_events", .bool(self.serverSentEvents)))
        members.append(JSONMember("response_headers", .array(self.responseHeaders.map { $0.jsonValue(options: options) })))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "method":
                do {
                    let fieldPath = ProtoJSON.path(path, "method")
                    self.method = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "path":
                do {
                    let fieldPath = ProtoJSON.path(path, "path")
                    self.path = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "body":
                do {
                    let fieldPath = ProtoJSON.path(path, "body")
                    self.body = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "response_body", "responseBody":
                do {
                    let fieldPath = ProtoJSON.path(path, "response_body")
                    self.responseBody = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "success_status", "successStatus":
                do {
                    let fieldPath = ProtoJSON.path(path, "success_status")
                    self.successStatus = try ProtoJSON.integer(member.value, as: Int32.self, path: fieldPath)
                }
                case "success_status_if", "successStatusIf":
                do {
                    let fieldPath = ProtoJSON.path(path, "success_status_if")
                    self.successStatusIf = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "server_sent_events", "serverSentEvents":
                do {
                    let fieldPath = ProtoJSON.path(path, "server_sent_events")
                    self.serverSentEvents = try ProtoJSON.bool(member.value, path: fieldPath)
                }
                case "response_headers", "responseHeaders":
                do {
                    let fieldPath = ProtoJSON.path(path, "response_headers")
                    var values: [MeshV1.HeaderBinding] = []
                    for (index, element) in try ProtoJSON.elements(member.value, path: fieldPath).enumerated() {
                        values.append(try MeshV1.HeaderBinding(json: element, options: options, path: ProtoJSON.path(fieldPath, index: index)))
                    }
                    self.responseHeaders = values
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension MeshV1 {
    public struct MethodOptions: ProtoMessage {
        public static let protoMessageName = "mesh.v1.MethodOptions"

        public var http: MeshV1.HttpRule? = nil

        /// Safe to retry: the client runtime retries only these.
        public var idempotent: Bool = false

        /// Roles allowed to call; empty means any authenticated caller.
        public var allowedRoles: [MeshV1.CallerRole] = []

        /// The caller must connect from an internal address (loopback or a configured CIDR).
        public var internalOnly: Bool = false

        /// No API key needed.
        public var `public`: Bool = false

        /// One-line summary for the OpenAPI document.
        public var summary: String = ""

        public init() {}

        public init(
            http: MeshV1.HttpRule? = nil,
            idempotent: Bool = false,
            allowedRoles: [MeshV1.CallerRole] = [],
            internalOnly: Bool = false,
            `public`: Bool = false,
            summary: String = ""
        ) {
            self.http = http
            self.idempotent = idempotent
            self.allowedRoles = allowedRoles
            self.internalOnly = internalOnly
            self.public = `public`
            self.summary = summary
        }
    }
}

extension MeshV1.MethodOptions {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(6)
        if let value = self.http {
            members.append(JSONMember("http", value.jsonValue(options: options)))
        }
        else if !options.omitUnsetMessages {
            members.append(JSONMember("http", .null))
        }
        members.append(JSONMember("idempotent", .bool(self.idempotent)))
        members.append(JSONMember("allowed_roles", .array(self.allowedRoles.map { $0.jsonValue(options: options) })))
        members.append(JSONMember("internal_only", .bool(self.internalOnly)))
        members.append(JSONMember("public", .bool(self.public)))
        members.append(JSONMember("summary", .string(self.summary)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "http":
                do {
                    let fieldPath = ProtoJSON.path(path, "http")
                    self.http = member.value == .null ? nil : try MeshV1.HttpRule(json: member.value, options: options, path: fieldPath)
                }
                case "idempotent":
                do {
                    let fieldPath = ProtoJSON.path(path, "idempotent")
                    self.idempotent = try ProtoJSON.bool(member.value, path: fieldPath)
                }
                case "allowed_roles", "allowedRoles":
                do {
                    let fieldPath = ProtoJSON.path(path, "allowed_roles")
                    var values: [MeshV1.CallerRole] = []
                    for (index, element) in try ProtoJSON.elements(member.value, path: fieldPath).enumerated() {
                        values.append(try MeshV1.CallerRole(json: element, path: ProtoJSON.path(fieldPath, index: index)))
                    }
                    self.allowedRoles = values
                }
                case "internal_only", "internalOnly":
                do {
                    let fieldPath = ProtoJSON.path(path, "internal_only")
                    self.internalOnly = try ProtoJSON.bool(member.value, path: fieldPath)
                }
                case "public":
                do {
                    let fieldPath = ProtoJSON.path(path, "public")
                    self.public = try ProtoJSON.bool(member.value, path: fieldPath)
                }
                case "summary":
                do {
                    let fieldPath = ProtoJSON.path(path, "summary")
                    self.summary = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension MeshV1 {
    /// Rules of a request field that the service enforces, published in the OpenAPI document.
    public struct FieldRules: ProtoMessage {
        public static let protoMessageName = "mesh.v1.FieldRules"

        /// The request is refused (422) when the field is missing or empty.
        public var required: Bool = false

        public init() {}

        public init(
            required: Bool = false
        ) {
            self.required = required
        }
    }
}

extension MeshV1.FieldRules {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("required", .bool(self.required)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "required":
                do {
                    let fieldPath = ProtoJSON.path(path, "required")
                    self.required = try ProtoJSON.bool(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}
