// Generated from mesh/pipeline/v1/chunker.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

extension PipelineV1 {
    public struct ChunkRequest: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.ChunkRequest"

        public var content: String = ""

        /// At most this many tokens per chunk (512 when 0).
        public var maxTokens: Int32 = 0

        /// Tokens repeated from the end of one chunk at the start of the next (64 when 0; less than max_tokens).
        public var overlap: Int32 = 0

        public init() {}

        public init(
            content: String = "",
            maxTokens: Int32 = 0,
            overlap: Int32 = 0
        ) {
            self.content = content
            self.maxTokens = maxTokens
            self.overlap = overlap
        }
    }
}

extension PipelineV1.ChunkRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(3)
        members.append(JSONMember("content", .string(self.content)))
        members.append(JSONMember("max_tokens", .integer(Int64(self.maxTokens))))
        members.append(JSONMember("overlap", .integer(Int64(self.overlap))))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "content":
                do {
                    let fieldPath = ProtoJSON.path(path, "content")
                    self.content = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "max_tokens", "maxTokens":
                do {
                    let fieldPath = ProtoJSON.path(path, "max_tokens")
                    self.maxTokens = try ProtoJSON.integer(member.value, as: Int32.self, path: fieldPath)
                }
                case "overlap":
                do {
                    let fieldPath = ProtoJSON.path(path, "overlap")
                    self.overlap = try ProtoJSON.integer(member.value, as: Int32.self, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct Chunk: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.Chunk"

        public var ordinal: Int32 = 0

        public var text: String = ""

        public var tokenCount: Int32 = 0

        public init() {}

        public init(
            ordinal: Int32 = 0,
            text: String = "",
            tokenCount: Int32 = 0
        ) {
            self.ordinal = ordinal
            self.text = text
            self.tokenCount = tokenCount
        }
    }
}

extension PipelineV1.Chunk {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(3)
        members.append(JSONMember("ordinal", .integer(Int64(self.ordinal))))
        members.append(JSONMember("text", .string(self.text)))
        members.append(JSONMember("token_count", .integer(Int64(self.tokenCount))))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "ordinal":
                do {
                    let fieldPath = ProtoJSON.path(path, "ordinal")
                    self.ordinal = try ProtoJSON.integer(member.value, as: Int32.self, path: fieldPath)
                }
                case "text":
                do {
                    let fieldPath = ProtoJSON.path(path, "text")
                    self.text = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "token_count", "tokenCount":
                do {
                    let fieldPath = ProtoJSON.path(path, "token_count")
                    self.tokenCount = try ProtoJSON.integer(member.value, as: Int32.self, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct ChunkResponse: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.ChunkResponse"

        public var chunks: [PipelineV1.Chunk] = []

        public init() {}

        public init(
            chunks: [PipelineV1.Chunk] = []
        ) {
            self.chunks = chunks
        }
    }
}

extension PipelineV1.ChunkResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("chunks", .array(self.chunks.map { $0.jsonValue(options: options) })))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "chunks":
                do {
                    let fieldPath = ProtoJSON.path(path, "chunks")
                    var values: [PipelineV1.Chunk] = []
                    for (index, element) in try ProtoJSON.elements(member.value, path: fieldPath).enumerated() {
                        values.append(try PipelineV1.Chunk(json: element, options: options, path: ProtoJSON.path(fieldPath, index: index)))
                    }
                    self.chunks = values
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}
