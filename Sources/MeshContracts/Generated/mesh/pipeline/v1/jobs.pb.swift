// Generated from mesh/pipeline/v1/jobs.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

extension PipelineV1 {
    /// `status` names the stage in progress: pending → scraping → chunking → embedding → done, or failed.
    public enum JobStatus: ProtoEnumeration {
        case unspecified
        case pending
        case scraping
        case chunking
        case embedding
        case done
        case failed
        /// A number this version of the contract does not know; kept so nothing is lost.
        case unrecognized(Int32)

        public init() { self.init(rawValue: 0) }

        public init(rawValue: Int32) {
            switch rawValue {
                case 0: self = .unspecified
                case 1: self = .pending
                case 2: self = .scraping
                case 3: self = .chunking
                case 4: self = .embedding
                case 5: self = .done
                case 6: self = .failed
                default: self = .unrecognized(rawValue)
            }
        }

        public var rawValue: Int32 {
            switch self {
                case .unspecified: 0
                case .pending: 1
                case .scraping: 2
                case .chunking: 3
                case .embedding: 4
                case .done: 5
                case .failed: 6
                case .unrecognized(let number): number
            }
        }

        /// Every accepted JSON spelling: the JSON name and the proto name.
        static let jsonNumbers: [String: Int32] = [
            "JOB_STATUS_UNSPECIFIED": 0,
            "JOB_STATUS_PENDING": 1,
            "pending": 1,
            "JOB_STATUS_SCRAPING": 2,
            "scraping": 2,
            "JOB_STATUS_CHUNKING": 3,
            "chunking": 3,
            "JOB_STATUS_EMBEDDING": 4,
            "embedding": 4,
            "JOB_STATUS_DONE": 5,
            "done": 5,
            "JOB_STATUS_FAILED": 6,
            "failed": 6,
        ]

        public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
            if options.enumsAsIntegers { return .integer(Int64(rawValue)) }
            switch self {
                case .unspecified: return .null
                case .pending: return .string("pending")
                case .scraping: return .string("scraping")
                case .chunking: return .string("chunking")
                case .embedding: return .string("embedding")
                case .done: return .string("done")
                case .failed: return .string("failed")
                case .unrecognized(let number): return .integer(Int64(number))
            }
        }

        public init(json: JSONValue, path: String) throws(JSONMappingError) {
            self.init(rawValue: try ProtoJSON.enumNumber(json, names: Self.jsonNumbers, enumName: "mesh.pipeline.v1.JobStatus", path: path))
        }
    }
}

extension PipelineV1 {
    /// A pipeline stage; UNSPECIFIED is null in JSON (e.g. `failed_stage` of a job that has not failed).
    public enum Stage: ProtoEnumeration {
        case unspecified
        case scraping
        case chunking
        case embedding
        /// A number this version of the contract does not know; kept so nothing is lost.
        case unrecognized(Int32)

        public init() { self.init(rawValue: 0) }

        public init(rawValue: Int32) {
            switch rawValue {
                case 0: self = .unspecified
                case 1: self = .scraping
                case 2: self = .chunking
                case 3: self = .embedding
                default: self = .unrecognized(rawValue)
            }
        }

        public var rawValue: Int32 {
            switch self {
                case .unspecified: 0
                case .scraping: 1
                case .chunking: 2
                case .embedding: 3
                case .unrecognized(let number): number
            }
        }

        /// Every accepted JSON spelling: the JSON name and the proto name.
        static let jsonNumbers: [String: Int32] = [
            "STAGE_UNSPECIFIED": 0,
            "STAGE_SCRAPING": 1,
            "scraping": 1,
            "STAGE_CHUNKING": 2,
            "chunking": 2,
            "STAGE_EMBEDDING": 3,
            "embedding": 3,
        ]

        public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
            if options.enumsAsIntegers { return .integer(Int64(rawValue)) }
            switch self {
                case .unspecified: return .null
                case .scraping: return .string("scraping")
                case .chunking: return .string("chunking")
                case .embedding: return .string("embedding")
                case .unrecognized(let number): return .integer(Int64(number))
            }
        }

        public init(json: JSONValue, path: String) throws(JSONMappingError) {
            self.init(rawValue: try ProtoJSON.enumNumber(json, names: Self.jsonNumbers, enumName: "mesh.pipeline.v1.Stage", path: path))
        }
    }
}

extension PipelineV1 {
    public struct JobError: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.JobError"

        public var stage: PipelineV1.Stage = .init(rawValue: 0)

        /// Machine-readable, e.g. "http_403", "timeout", "inference_unavailable", "stuck".
        public var code: String = ""

        public var message: String = ""

        /// RFC 3339 UTC.
        public var at: String = ""

        public init() {}

        public init(
            stage: PipelineV1.Stage = .init(rawValue: 0),
            code: String = "",
            message: String = "",
            at: String = ""
        ) {
            self.stage = stage
            self.code = code
            self.message = message
            self.at = at
        }
    }
}

extension PipelineV1.JobError {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(4)
        members.append(JSONMember("stage", self.stage.jsonValue(options: options)))
        members.append(JSONMember("code", .string(self.code)))
        members.append(JSONMember("message", .string(self.message)))
        members.append(JSONMember("at", .string(self.at)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "stage":
                do {
                    let fieldPath = ProtoJSON.path(path, "stage")
                    self.stage = try PipelineV1.Stage(json: member.value, path: fieldPath)
                }
                case "code":
                do {
                    let fieldPath = ProtoJSON.path(path, "code")
                    self.code = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "message":
                do {
                    let fieldPath = ProtoJSON.path(path, "message")
                    self.message = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "at":
                do {
                    let fieldPath = ProtoJSON.path(path, "at")
                    self.at = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct Job: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.Job"

        public var jobID: String = ""

        public var url: String = ""

        public var corpusName: String = ""

        public var status: PipelineV1.JobStatus = .init(rawValue: 0)

        public var failedStage: PipelineV1.Stage = .init(rawValue: 0)

        /// Set when status is failed; null otherwise.
        public var error: PipelineV1.JobError? = nil

        public var callerID: String = ""

        public var chunkCount: Int32 = 0

        /// RFC 3339 UTC.
        public var createdAt: String = ""

        /// RFC 3339 UTC.
        public var updatedAt: String = ""

        public init() {}

        public init(
            jobID: String = "",
            url: String = "",
            corpusName: String = "",
            status: PipelineV1.JobStatus = .init(rawValue: 0),
            failedStage: PipelineV1.Stage = .init(rawValue: 0),
            error: PipelineV1.JobError? = nil,
            callerID: String = "",
            chunkCount: Int32 = 0,
            createdAt: String = "",
            updatedAt: String = ""
        ) {
            self.jobID = jobID
            self.url = url
            self.corpusName = corpusName
            self.status = status
            self.failedStage = failedStage
            self.error = error
            self.callerID = callerID
            self.chunkCount = chunkCount
            self.createdAt = createdAt
            self.updatedAt = updatedAt
        }
    }
}

extension PipelineV1.Job {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(10)
        members.append(JSONMember("job_id", .string(self.jobID)))
        members.append(JSONMember("url", .string(self.url)))
        members.append(JSONMember("corpus_name", .string(self.corpusName)))
        members.append(JSONMember("status", self.status.jsonValue(options: options)))
        members.append(JSONMember("failed_stage", self.failedStage.jsonValue(options: options)))
        if let value = self.error {
            members.append(JSONMember("error", value.jsonValue(options: options)))
        }
        else if !options.omitUnsetMessages {
            members.append(JSONMember("error", .null))
        }
        members.append(JSONMember("caller_id", .string(self.callerID)))
        members.append(JSONMember("chunk_count", .integer(Int64(self.chunkCount))))
        members.append(JSONMember("created_at", .string(self.createdAt)))
        members.append(JSONMember("updated_at", .string(self.updatedAt)))
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
                case "status":
                do {
                    let fieldPath = ProtoJSON.path(path, "status")
                    self.status = try PipelineV1.JobStatus(json: member.value, path: fieldPath)
                }
                case "failed_stage", "failedStage":
                do {
                    let fieldPath = ProtoJSON.path(path, "failed_stage")
                    self.failedStage = try PipelineV1.Stage(json: member.value, path: fieldPath)
                }
                case "error":
                do {
                    let fieldPath = ProtoJSON.path(path, "error")
                    self.error = member.value == .null ? nil : try PipelineV1.JobError(json: member.value, options: options, path: fieldPath)
                }
                case "caller_id", "callerId":
                do {
                    let fieldPath = ProtoJSON.path(path, "caller_id")
                    self.callerID = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "chunk_count", "chunkCount":
                do {
                    let fieldPath = ProtoJSON.path(path, "chunk_count")
                    self.chunkCount = try ProtoJSON.integer(member.value, as: Int32.self, path: fieldPath)
                }
                case "created_at", "createdAt":
                do {
                    let fieldPath = ProtoJSON.path(path, "created_at")
                    self.createdAt = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "updated_at", "updatedAt":
                do {
                    let fieldPath = ProtoJSON.path(path, "updated_at")
                    self.updatedAt = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}
