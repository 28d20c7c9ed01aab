// Generated from mesh/pipeline/v1/scraper.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

extension PipelineV1 {
    public struct ScrapeRequest: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.ScrapeRequest"

        public var url: String = ""

        public init() {}

        public init(
            url: String = ""
        ) {
            self.url = url
        }
    }
}

extension PipelineV1.ScrapeRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("url", .string(self.url)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "url":
                do {
                    let fieldPath = ProtoJSON.path(path, "url")
                    self.url = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct ScrapeResponse: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.ScrapeResponse"

        public var url: String = ""

        /// The upstream HTTP status.
        public var statusCode: Int32 = 0

        public var contentType: String = ""

        /// The page as clean text.
        public var content: String = ""

        /// Size of the fetched body.
        public var bytes: Int32 = 0

        /// Set when the upstream answered 4xx/5xx or the page could not be used: "http_403", "http_404", "http_5xx", …
        public var errorCode: String = ""

        public init() {}

        public init(
            url: String = "",
            statusCode: Int32 = 0,
            contentType: String = "",
            content: String = "",
            bytes: Int32 = 0,
            errorCode: String = ""
        ) {
            self.url = url
            self.statusCode = statusCode
            self.contentType = contentType
            self.content = content
            self.bytes = bytes
            self.errorCode = errorCode
        }
    }
}

extension PipelineV1.ScrapeResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(6)
        members.append(JSONMember("url", .string(self.url)))
        members.append(JSONMember("status_code", .integer(Int64(self.statusCode))))
        members.append(JSONMember("content_type", .string(self.contentType)))
        members.append(JSONMember("content", .string(self.content)))
        members.append(JSONMember("bytes", .integer(Int64(self.bytes))))
        members.append(JSONMember("error_code", .string(self.errorCode)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "url":
                do {
                    let fieldPath = ProtoJSON.path(path, "url")
                    self.url = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "status_code", "statusCode":
                do {
                    let fieldPath = ProtoJSON.path(path, "status_code")
                    self.statusCode = try ProtoJSON.integer(member.value, as: Int32.self, path: fieldPath)
                }
                case "content_type", "contentType":
                do {
                    let fieldPath = ProtoJSON.path(path, "content_type")
                    self.contentType = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "content":
                do {
                    let fieldPath = ProtoJSON.path(path, "content")
                    self.content = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "bytes":
                do {
                    let fieldPath = ProtoJSON.path(path, "bytes")
                    self.bytes = try ProtoJSON.integer(member.value, as: Int32.self, path: fieldPath)
                }
                case "error_code", "errorCode":
                do {
                    let fieldPath = ProtoJSON.path(path, "error_code")
                    self.errorCode = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}
