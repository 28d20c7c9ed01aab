// Generated from mesh/v1/health.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

extension MeshV1 {
    public enum ServingStatus: ProtoEnumeration {
        case unknown
        case serving
        case notServing
        case serviceUnknown
        /// A number this version of the contract does not know; kept so nothing is lost.
        case unrecognized(Int32)

        public init() { self.init(rawValue: 0) }

        public init(rawValue: Int32) {
            switch rawValue {
                case 0: self = .unknown
                case 1: self = .serving
                case 2: self = .notServing
                case 3: self = .serviceUnknown
                default: self = .unrecognized(rawValue)
            }
        }

        public var rawValue: Int32 {
            switch self {
                case .unknown: 0
                case .serving: 1
                case .notServing: 2
                case .serviceUnknown: 3
                case .unrecognized(let number): number
            }
        }

        /// Every accepted JSON spelling: the JSON name and the proto name.
        static let jsonNumbers: [String: Int32] = [
            "SERVING_STATUS_UNKNOWN": 0,
            "unknown": 0,
            "SERVING_STATUS_SERVING": 1,
            "serving": 1,
            "SERVING_STATUS_NOT_SERVING": 2,
            "not_serving": 2,
            "SERVING_STATUS_SERVICE_UNKNOWN": 3,
            "service_unknown": 3,
        ]

        public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
            if options.enumsAsIntegers { return .integer(Int64(rawValue)) }
            switch self {
                case .unknown: return .string("unknown")
                case .serving: return .string("serving")
                case .notServing: return .string("not_serving")
                case .serviceUnknown: return .string("service_unknown")
                case .unrecognized(let number): return .integer(Int64(number))
            }
        }

        public init(json: JSONValue, path: String) throws(JSONMappingError) {
            self.init(rawValue: try ProtoJSON.enumNumber(json, names: Self.jsonNumbers, enumName: "mesh.v1.ServingStatus", path: path))
        }
    }
}

extension MeshV1 {
    public struct HealthCheckRequest: ProtoMessage {
        public static let protoMessageName = "mesh.v1.HealthCheckRequest"

        /// "" asks about the server as a whole; otherwise a full service name such as "mesh.pipeline.v1.Search".
        public var service: String = ""

        public init() {}

        public init(
            service: String = ""
        ) {
            self.service = service
        }
    }
}

extension MeshV1.HealthCheckRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("service", .string(self.service)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "service":
                do {
                    let fieldPath = ProtoJSON.path(path, "service")
                    self.service = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension MeshV1 {
    public struct HealthCheckResponse: ProtoMessage {
        public static let protoMessageName = "mesh.v1.HealthCheckResponse"

        public var status: MeshV1.ServingStatus = .init(rawValue: 0)

        public init() {}

        public init(
            status: MeshV1.ServingStatus = .init(rawValue: 0)
        ) {
            self.status = status
        }
    }
}

extension MeshV1.HealthCheckResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("status", self.status.jsonValue(options: options)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "status":
                do {
                    let fieldPath = ProtoJSON.path(path, "status")
                    self.status = try MeshV1.ServingStatus(json: member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}
