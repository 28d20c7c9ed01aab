// Generated from mesh/pipeline/v1/search.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

extension PipelineV1 {
    public struct SearchRequest: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.SearchRequest"

        public var corpusName: String = ""

        public var query: String = ""

        /// 1..100 (10 when 0).
        public var topK: Int32 = 0

        public init() {}

        public init(
            corpusName: String = "",
            query: String = "",
            topK: Int32 = 0
        ) {
            self.corpusName = corpusName
            self.query = query
            self.topK = topK
        }
    }
}

extension PipelineV1.SearchRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(3)
        members.append(JSONMember("corpus_name", .string(self.corpusName)))
        members.append(JSONMember("query", .string(self.query)))
        members.append(JSONMember("top_k", .integer(Int64(self.topK))))
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
                case "query":
                do {
                    let fieldPath = ProtoJSON.path(path, "query")
                    self.query = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "top_k", "topK":
                do {
                    let fieldPath = ProtoJSON.path(path, "top_k")
                    self.topK = try ProtoJSON.integer(member.value, as: Int32.self, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct SearchResult: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.SearchResult"

        public var chunkID: String = ""

        public var text: String = ""

        public var score: Float = 0

        public var sourceURL: String = ""

        public var jobID: String = ""

        public init() {}

        public init(
            chunkID: String = "",
            text: String = "",
            score: Float = 0,
            sourceURL: String = "",
            jobID: String = ""
        ) {
            self.chunkID = chunkID
            self.text = text
            self.score = score
            self.sourceURL = sourceURL
            self.jobID = jobID
        }
    }
}

extension PipelineV1.SearchResult {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(5)
        members.append(JSONMember("chunk_id", .string(self.chunkID)))
        members.append(JSONMember("text", .string(self.text)))
        members.append(JSONMember("score", ProtoJSON.number(self.score)))
        members.append(JSONMember("source_url", .string(self.sourceURL)))
        members.append(JSONMember("job_id", .string(self.jobID)))
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
                case "score":
                do {
                    let fieldPath = ProtoJSON.path(path, "score")
                    self.score = try ProtoJSON.float(member.value, path: fieldPath)
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
    public struct SearchResponse: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.SearchResponse"

        /// Best first; empty for an unknown corpus.
        public var results: [PipelineV1.SearchResult] = []

        public init() {}

        public init(
            results: [PipelineV1.SearchResult] = []
        ) {
            self.results = results
        }
    }
}

extension PipelineV1.SearchResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("results", .array(self.results.map { $0.jsonValue(options: options) })))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "results":
                do {
                    let fieldPath = ProtoJSON.path(path, "results")
                    var values: [PipelineV1.SearchResult] = []
                    for (index, element) in try ProtoJSON.elements(member.value, path: fieldPath).enumerated() {
                        values.append(try PipelineV1.SearchResult(json: element, options: options, path: ProtoJSON.path(fieldPath, index: index)))
                    }
                    self.results = values
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}
