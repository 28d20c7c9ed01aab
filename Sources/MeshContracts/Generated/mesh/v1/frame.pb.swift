// Generated from mesh/v1/frame.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

extension MeshV1 {
    public enum FrameKind: ProtoEnumeration {
        case unspecified
        case request
        case response
        case streamMessage
        case streamEnd
        case cancel
        case ping
        case pong
        case goaway
        /// A number this version of the contract does not know; kept so nothing is lost.
        case unrecognized(Int32)

        public init() { self.init(rawValue: 0) }

        public init(rawValue: Int32) {
            switch rawValue {
                case 0: self = .unspecified
                case 1: self = .request
                case 2: self = .response
                case 3: self = .streamMessage
                case 4: self = .streamEnd
                case 5: self = .cancel
                case 6: self = .ping
                case 7: self = .pong
                case 8: self = .goaway
                default: self = .unrecognized(rawValue)
            }
        }

        public var rawValue: Int32 {
            switch self {
                case .unspecified: 0
                case .request: 1
                case .response: 2
                case .streamMessage: 3
                case .streamEnd: 4
                case .cancel: 5
                case .ping: 6
                case .pong: 7
                case .goaway: 8
                case .unrecognized(let number): number
            }
        }

        /// Every accepted JSON spelling: the JSON name and the proto name.
        static let jsonNumbers: [String: Int32] = [
            "FRAME_KIND_UNSPECIFIED": 0,
            "FRAME_KIND_REQUEST": 1,
            "FRAME_KIND_RESPONSE": 2,
            "FRAME_KIND_STREAM_MESSAGE": 3,
            "FRAME_KIND_STREAM_END": 4,
            "FRAME_KIND_CANCEL": 5,
            "FRAME_KIND_PING": 6,
            "FRAME_KIND_PONG": 7,
            "FRAME_KIND_GOAWAY": 8,
        ]

        public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
            if options.enumsAsIntegers { return .integer(Int64(rawValue)) }
            switch self {
                case .unspecified: return .null
                case .request: return .string("FRAME_KIND_REQUEST")
                case .response: return .string("FRAME_KIND_RESPONSE")
                case .streamMessage: return .string("FRAME_KIND_STREAM_MESSAGE")
                case .streamEnd: return .string("FRAME_KIND_STREAM_END")
                case .cancel: return .string("FRAME_KIND_CANCEL")
                case .ping: return .string("FRAME_KIND_PING")
                case .pong: return .string("FRAME_KIND_PONG")
                case .goaway: return .string("FRAME_KIND_GOAWAY")
                case .unrecognized(let number): return .integer(Int64(number))
            }
        }

        public init(json: JSONValue, path: String) throws(JSONMappingError) {
            self.init(rawValue: try ProtoJSON.enumNumber(json, names: Self.jsonNumbers, enumName: "mesh.v1.FrameKind", path: path))
        }
    }
}

extension MeshV1 {
    /// The gRPC canonical status codes.
    public enum StatusCode: ProtoEnumeration {
        case ok
        case cancelled
        case unknown
        case invalidArgument
        case deadlineExceeded
        case notFound
        case alreadyExists
        case permissionDenied
        case resourceExhausted
        case failedPrecondition
        case aborted
        case outOfRange
        case unimplemented
        case `internal`
        case unavailable
        case dataLoss
        case unauthenticated
        /// A number this version of the contract does not know; kept so nothing is lost.
        case unrecognized(Int32)

        public init() { self.init(rawValue: 0) }

        public init(rawValue: Int32) {
            switch rawValue {
                case 0: self = .ok
                case 1: self = .cancelled
                case 2: self = .unknown
                case 3: self = .invalidArgument
                case 4: self = .deadlineExceeded
                case 5: self = .notFound
                case 6: self = .alreadyExists
                case 7: self = .permissionDenied
                case 8: self = .resourceExhausted
                case 9: self = .failedPrecondition
                case 10: self = .aborted
                case 11: self = .outOfRange
                case 12: self = .unimplemented
                case 13: self = .`internal`
                case 14: self = .unavailable
                case 15: self = .dataLoss
                case 16: self = .unauthenticated
                default: self = .unrecognized(rawValue)
            }
        }

        public var rawValue: Int32 {
            switch self {
                case .ok: 0
                case .cancelled: 1
                case .unknown: 2
                case .invalidArgument: 3
                case .deadlineExceeded: 4
                case .notFound: 5
                case .alreadyExists: 6
                case .permissionDenied: 7
                case .resourceExhausted: 8
                case .failedPrecondition: 9
                case .aborted: 10
                case .outOfRange: 11
                case .unimplemented: 12
                case .`internal`: 13
                case .unavailable: 14
                case .dataLoss: 15
                case .unauthenticated: 16
                case .unrecognized(let number): number
            }
        }

        /// Every accepted JSON spelling: the JSON name and the proto name.
        static let jsonNumbers: [String: Int32] = [
            "OK": 0,
            "CANCELLED": 1,
            "UNKNOWN": 2,
            "INVALID_ARGUMENT": 3,
            "DEADLINE_EXCEEDED": 4,
            "NOT_FOUND": 5,
            "ALREADY_EXISTS": 6,
            "PERMISSION_DENIED": 7,
            "RESOURCE_EXHAUSTED": 8,
            "FAILED_PRECONDITION": 9,
            "ABORTED": 10,
            "OUT_OF_RANGE": 11,
            "UNIMPLEMENTED": 12,
            "INTERNAL": 13,
            "UNAVAILABLE": 14,
            "DATA_LOSS": 15,
            "UNAUTHENTICATED": 16,
        ]

        public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
            if options.enumsAsIntegers { return .integer(Int64(rawValue)) }
            switch self {
                case .ok: return .string("OK")
                case .cancelled: return .string("CANCELLED")
                case .unknown: return .string("UNKNOWN")
                case .invalidArgument: return .string("INVALID_ARGUMENT")
                case .deadlineExceeded: return .string("DEADLINE_EXCEEDED")
                case .notFound: return .string("NOT_FOUND")
                case .alreadyExists: return .string("ALREADY_EXISTS")
                case .permissionDenied: return .string("PERMISSION_DENIED")
                case .resourceExhausted: return .string("RESOURCE_EXHAUSTED")
                case .failedPrecondition: return .string("FAILED_PRECONDITION")
                case .aborted: return .string("ABORTED")
                case .outOfRange: return .string("OUT_OF_RANGE")
                case .unimplemented: return .string("UNIMPLEMENTED")
                case .`internal`: return .string("INTERNAL")
                case .unavailable: return .string("UNAVAILABLE")
                case .dataLoss: return .string("DATA_LOSS")
                case .unauthenticated: return .string("UNAUTHENTICATED")
                case .unrecognized(let number): return .integer(Int64(number))
            }
        }

        public init(json: JSONValue, path: String) throws(JSONMappingError) {
            self.init(rawValue: try ProtoJSON.enumNumber(json, names: Self.jsonNumbers, enumName: "mesh.v1.StatusCode", path: path))
        }
    }
}

extension MeshV1 {
    public struct Status: ProtoMessage {
        public static let protoMessageName = "mesh.v1.Status"

        public var code: MeshV1.StatusCode = .init(rawValue: 0)

        public var message: String = ""

        /// Machine-readable cause, e.g. "http_403" or "inference_unavailable".
        public var reason: String = ""

        public init() {}

        public init(
            code: MeshV1.StatusCode = .init(rawValue: 0),
            message: String = "",
            reason: String = ""
        ) {
            self.code = code
            self.message = message
            self.reason = reason
        }
    }
}

extension MeshV1.Status {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(3)
        members.append(JSONMember("code", self.code.jsonValue(options: options)))
        members.append(JSONMember("message", .string(self.message)))
        members.append(JSONMember("reason", .string(self.reason)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "code":
                do {
                    let fieldPath = ProtoJSON.path(path, "code")
                    self.code = try MeshV1.StatusCode(json: member.value, path: fieldPath)
                }
                case "message":
                do {
                    let fieldPath = ProtoJSON.path(path, "message")
                    self.message = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "reason":
                do {
                    let fieldPath = ProtoJSON.path(path, "reason")
                    self.reason = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension MeshV1 {
    /// One metadata entry. Keys are lower-case ASCII; a key may repeat.
    public struct MetadataEntry: ProtoMessage {
        public static let protoMessageName = "mesh.v1.MetadataEntry"

        public var key: String = ""

        public var value: String = ""

        public init() {}

        public init(
            key: String = "",
            value: String = ""
        ) {
            self.key = key
            self.value = value
        }
    }
}

extension MeshV1.MetadataEntry {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(2)
        members.append(JSONMember("key", .string(self.key)))
        members.append(JSONMember("value", .string(self.value)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "key":
                do {
                    let fieldPath = ProtoJSON.path(path, "key")
                    self.key = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "value":
                do {
                    let fieldPath = ProtoJSON.path(path, "value")
                    self.value = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension MeshV1 {
    public struct Frame: ProtoMessage {
        public static let protoMessageName = "mesh.v1.Frame"

        /// Chosen by the client, unique among its open calls on the connection; 0 = connection-level frame.
        public var callID: UInt64 = 0

        public var kind: MeshV1.FrameKind = .init(rawValue: 0)

        /// "/package.Service/Method"; REQUEST only.
        public var method: String = ""

        public var metadata: [MeshV1.MetadataEntry] = []

        /// Remaining deadline budget in milliseconds; 0 = none. REQUEST only.
        public var timeoutMS: UInt32 = 0

        /// The request or response message, protobuf-encoded.
        public var payload: [UInt8] = []

        /// RESPONSE (on failure), STREAM_END and GOAWAY.
        public var status: MeshV1.Status? = nil

        public init() {}

        public init(
            callID: UInt64 = 0,
            kind: MeshV1.FrameKind = .init(rawValue: 0),
            method: String = "",
            metadata: [MeshV1.MetadataEntry] = [],
            timeoutMS: UInt32 = 0,
            payload: [UInt8] = [],
            status: MeshV1.Status? = nil
        ) {
            self.callID = callID
            self.kind = kind
            self.method = method
            self.metadata = metadata
            self.timeoutMS = timeoutMS
            self.payload = payload
            self.status = status
        }
    }
}

extension MeshV1.Frame {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(7)
        members.append(JSONMember("call_id", ProtoJSON.int64String(self.callID)))
        members.append(JSONMember("kind", self.kind.jsonValue(options: options)))
        members.append(JSONMember("method", .string(self.method)))
        members.append(JSONMember("metadata", .array(self.metadata.map { $0.jsonValue(options: options) })))
        members.append(JSONMember("timeout_ms", .integer(Int64(self.timeoutMS))))
        members.append(JSONMember("payload", .string(ProtoJSON.base64(self.payload))))
        if let value = self.status {
            members.append(JSONMember("status", value.jsonValue(options: options)))
        }
        else if !options.omitUnsetMessages {
            members.append(JSONMember("status", .null))
        }
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "call_id", "callId":
                do {
                    let fieldPath = ProtoJSON.path(path, "call_id")
                    self.callID = try ProtoJSON.integer(member.value, as: UInt64.self, path: fieldPath)
                }
                case "kind":
                do {
                    let fieldPath = ProtoJSON.path(path, "kind")
                    self.kind = try MeshV1.FrameKind(json: member.value, path: fieldPath)
                }
                case "method":
                do {
                    let fieldPath = ProtoJSON.path(path, "method")
                    self.method = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "metadata":
                do {
                    let fieldPath = ProtoJSON.path(path, "metadata")
                    var values: [MeshV1.MetadataEntry] = []
                    for (index, element) in try ProtoJSON.elements(member.value, path: fieldPath).enumerated() {
                        values.append(try MeshV1.MetadataEntry(json: element, options: options, path: ProtoJSON.path(fieldPath, index: index)))
                    }
                    self.metadata = values
                }
                case "timeout_ms", "timeoutMs":
                do {
                    let fieldPath = ProtoJSON.path(path, "timeout_ms")
                    self.timeoutMS = try ProtoJSON.integer(member.value, as: UInt32.self, path: fieldPath)
                }
                case "payload":
                do {
                    let fieldPath = ProtoJSON.path(path, "payload")
                    self.payload = try ProtoJSON.bytes(member.value, path: fieldPath)
                }
                case "status":
                do {
                    let fieldPath = ProtoJSON.path(path, "status")
                    self.status = member.value == .null ? nil : try MeshV1.Status(json: member.value, options: options, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}
