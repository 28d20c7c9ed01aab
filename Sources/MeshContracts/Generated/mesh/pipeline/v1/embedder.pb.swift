// Generated from mesh/pipeline/v1/embedder.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

extension PipelineV1 {
    public struct EmbedChunk: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.EmbedChunk"

        /// Deterministic: re-ingesting the same URL into the same corpus replaces, never duplicates.
        public var chunkID: String = ""

        public var text: String = ""

        public init() {}

        public init(
            chunkID: String = "",
            text: String = ""
        ) {
            self.chunkID = chunkID
            self.text = text
        }
    }
}

extension PipelineV1.EmbedChunk {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(2)
        members.append(JSONMember("chunk_id", .string(self.chunkID)))
        members.append(JSONMember("text", .string(self.text)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "chunk_id", "chunkId":
                do {
                    let fieldPath = ProtoJSON.path(path, "chunk_id")
                    self.chunkID = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "text":
                do {
                    let fieldPath = ProtoJSON.path(path, "text")
                    self.text = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct EmbedRequest: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.EmbedRequest"

        public var corpusName: String = ""

        public var chunks: [PipelineV1.EmbedChunk] = []

        public var sourceURL: String = ""

        public var jobID: String = ""

        public init() {}

        public init(
            corpusName: String = "",
            chunks: [PipelineV1.EmbedChunk] = [],
            sourceURL: String = "",
            jobID: String = ""
        ) {
            self.corpusName = corpusName
            self.chunks = chunks
            self.sourceURL = sourceURL
            self.jobID = jobID
        }
    }
}

extension PipelineV1.EmbedRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(4)
        members.append(JSONMember("corpus_name", .string(self.corpusName)))
        members.append(JSONMember("chunks", .array(self.chunks.map { $0.jsonValue(options: options) })))
        members.append(JSONMember("source_url", .string(self.sourceURL)))
        members.append(JSONMember("job_id", .string(self.jobID)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "corpus_name", "corpusName":
                do {
                    let fieldPath = ProtoJSON.path(path, "corpus_name")
                    self.corpusName = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "chunks":
                do {
                    let fieldPath = ProtoJSON.path(path, "chunks")
                    var values: [PipelineV1.EmbedChunk] = []
                    for (index, element) in try ProtoJSON.elements(member.value, path: fieldPath).enumerated() {
                        values.append(try PipelineV1.EmbedChunk(json: element, options: options, path: ProtoJSON.path(fieldPath, index: index)))
                    }
                    self.chunks = values
                }
                case "source_url", "sourceUrl":
                do {
                    let fieldPath = ProtoJSON.path(path, "source_url")
                    self.sourceURL = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "job_id", "jobId":
                do {
                    let fieldPath = ProtoJSON.path(path, "job_id")
                    self.jobID = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct EmbedResponse: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.EmbedResponse"

        public var upserted: Int32 = 0

        public init() {}

        public init(
            upserted: Int32 = 0
        ) {
            self.upserted = upserted
        }
    }
}

extension PipelineV1.EmbedResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("upserted", .integer(Int64(self.upserted))))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "upserted":
                do {
                    let fieldPath = ProtoJSON.path(path, "upserted")
                    self.upserted = try ProtoJSON.integer(member.value, as: Int32.self, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}
