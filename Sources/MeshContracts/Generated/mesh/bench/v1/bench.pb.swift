// Generated from mesh/bench/v1/bench.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

extension BenchV1 {
    public struct EchoRequest: ProtoMessage {
        public static let protoMessageName = "mesh.bench.v1.EchoRequest"

        public var payload: [UInt8] = []

        public init() {}

        public init(
            payload: [UInt8] = []
        ) {
            self.payload = payload
        }
    }
}

extension BenchV1.EchoRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("payload", .string(ProtoJSON.base64(self.payload))))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "payload":
                do {
                    let fieldPath = ProtoJSON.path(path, "payload")
                    self.payload = try ProtoJSON.bytes(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension BenchV1 {
    public struct EchoStreamRequest: ProtoMessage {
        public static let protoMessageName = "mesh.bench.v1.EchoStreamRequest"

        public var payload: [UInt8] = []

        /// How many stream messages to send.
        public var count: UInt32 = 0

        /// Pause between messages, for cancellation and deadline tests.
        public var intervalMS: UInt32 = 0

        public init() {}

        public init(
            payload: [UInt8] = [],
            count: UInt32 = 0,
            intervalMS: UInt32 = 0
        ) {
            self.payload = payload
            self.count = count
            self.intervalMS = intervalMS
        }
    }
}

extension BenchV1.EchoStreamRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(3)
        members.append(JSONMember("payload", .string(ProtoJSON.base64(self.payload))))
        members.append(JSONMember("count", .integer(Int64(self.count))))
        members.append(JSONMember("interval_ms", .integer(Int64(self.intervalMS))))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "payload":
                do {
                    let fieldPath = ProtoJSON.path(path, "payload")
                    self.payload = try ProtoJSON.bytes(member.value, path: fieldPath)
                }
                case "count":
                do {
                    let fieldPath = ProtoJSON.path(path, "count")
                    self.count = try ProtoJSON.integer(member.value, as: UInt32.self, path: fieldPath)
                }
                case "interval_ms", "intervalMs":
                do {
                    let fieldPath = ProtoJSON.path(path, "interval_ms")
                    self.intervalMS = try ProtoJSON.integer(member.value, as: UInt32.self, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension BenchV1 {
    public struct EchoResponse: ProtoMessage {
        public static let protoMessageName = "mesh.bench.v1.EchoResponse"

        public var payload: [UInt8] = []

        public init() {}

        public init(
            payload: [UInt8] = []
        ) {
            self.payload = payload
        }
    }
}

extension BenchV1.EchoResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("payload", .string(ProtoJSON.base64(self.payload))))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "payload":
                do {
                    let fieldPath = ProtoJSON.path(path, "payload")
                    self.payload = try ProtoJSON.bytes(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}
