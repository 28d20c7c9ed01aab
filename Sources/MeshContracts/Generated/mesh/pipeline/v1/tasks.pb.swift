// Generated from mesh/pipeline/v1/tasks.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

extension PipelineV1 {
    public struct StageTask: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.StageTask"

        public var jobID: String = ""

        public var stage: PipelineV1.Stage = .init(rawValue: 0)

        public var url: String = ""

        public var corpusName: String = ""

        /// W3C trace context of the job, so the trace continues across the queue hop.
        public var traceparent: String = ""

        /// How many times the orchestrator has enqueued this stage (stuck-job re-enqueues count).
        public var attempt: Int32 = 0

        public init() {}

        public init(
            jobID: String = "",
            stage: PipelineV1.Stage = .init(rawValue: 0),
            url: String = "",
            corpusName: String = "",
            traceparent: String = "",
            attempt: Int32 = 0
        ) {
            self.jobID = jobID
            self.stage = stage
            self.url = url
            self.corpusName = corpusName
            self.traceparent = traceparent
            self.attempt = attempt
        }
    }
}

extension PipelineV1.StageTask {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(6)
        members.append(JSONMember("job_id", .string(self.jobID)))
        members.append(JSONMember("stage", self.stage.jsonValue(options: options)))
        members.append(JSONMember("url", .string(self.url)))
        members.append(JSONMember("corpus_name", .string(self.corpusName)))
        members.append(JSONMember("traceparent", .string(self.traceparent)))
        members.append(JSONMember("attempt", .integer(Int64(self.attempt))))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "job_id", "jobId":
                do {
                    let fieldPath = ProtoJSON.path(path, "job_id")
                    self.jobID = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "stage":
                do {
                    let fieldPath = ProtoJSON.path(path, "stage")
                    self.stage = try PipelineV1.Stage(json: member.value, path: fieldPath)
                }
                case "url":
                do {
                    let fieldPath = ProtoJSON.path(path, "url")
                    self.url = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "corpus_name", "corpusName":
                do {
                    let fieldPath = ProtoJSON.path(path, "corpus_name")
                    self.corpusName = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "traceparent":
                do {
                    let fieldPath = ProtoJSON.path(path, "traceparent")
                    self.traceparent = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "attempt":
                do {
                    let fieldPath = ProtoJSON.path(path, "attempt")
                    self.attempt = try ProtoJSON.integer(member.value, as: Int32.self, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}
