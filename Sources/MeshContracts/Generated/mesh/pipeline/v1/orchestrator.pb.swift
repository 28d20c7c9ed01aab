// Generated from mesh/pipeline/v1/orchestrator.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

extension PipelineV1 {
    public enum StageOutcome: ProtoEnumeration {
        case unspecified
        case success
        case failed
        /// A number this version of the contract does not know; kept so nothing is lost.
        case unrecognized(Int32)

        public init() { self.init(rawValue: 0) }

        public init(rawValue: Int32) {
            switch rawValue {
                case 0: self = .unspecified
                case 1: self = .success
                case 2: self = .failed
                default: self = .unrecognized(rawValue)
            }
        }

        public var rawValue: Int32 {
            switch self {
                case .unspecified: 0
                case .success: 1
                case .failed: 2
                case .unrecognized(let number): number
            }
        }

        /// Every accepted JSON spelling: the JSON name and the proto name.
        static let jsonNumbers: [String: Int32] = [
            "STAGE_OUTCOME_UNSPECIFIED": 0,
            "STAGE_OUTCOME_SUCCESS": 1,
            "success": 1,
            "STAGE_OUTCOME_FAILED": 2,
            "failed": 2,
        ]

        public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
            if options.enumsAsIntegers { return .integer(Int64(rawValue)) }
            switch self {
                case .unspecified: return .null
                case .success: return .string("success")
                case .failed: return .string("failed")
                case .unrecognized(let number): return .integer(Int64(number))
            }
        }

        public init(json: JSONValue, path: String) throws(JSONMappingError) {
            self.init(rawValue: try ProtoJSON.enumNumber(json, names: Self.jsonNumbers, enumName: "mesh.pipeline.v1.StageOutcome", path: path))
        }
    }
}

extension PipelineV1 {
    public enum CompletionResult: ProtoEnumeration {
        case unspecified
        case advanced
        case alreadyAdvanced
        /// A number this version of the contract does not know; kept so nothing is lost.
        case unrecognized(Int32)

        public init() { self.init(rawValue: 0) }

        public init(rawValue: Int32) {
            switch rawValue {
                case 0: self = .unspecified
                case 1: self = .advanced
                case 2: self = .alreadyAdvanced
                default: self = .unrecognized(rawValue)
            }
        }

        public var rawValue: Int32 {
            switch self {
                case .unspecified: 0
                case .advanced: 1
                case .alreadyAdvanced: 2
                case .unrecognized(let number): number
            }
        }

        /// Every accepted JSON spelling: the JSON name and the proto name.
        static let jsonNumbers: [String: Int32] = [
            "COMPLETION_RESULT_UNSPECIFIED": 0,
            "COMPLETION_RESULT_ADVANCED": 1,
            "advanced": 1,
            "COMPLETION_RESULT_ALREADY_ADVANCED": 2,
            "already_advanced": 2,
        ]

        public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
            if options.enumsAsIntegers { return .integer(Int64(rawValue)) }
            switch self {
                case .unspecified: return .null
                case .advanced: return .string("advanced")
                case .alreadyAdvanced: return .string("already_advanced")
                case .unrecognized(let number): return .integer(Int64(number))
            }
        }

        public init(json: JSONValue, path: String) throws(JSONMappingError) {
            self.init(rawValue: try ProtoJSON.enumNumber(json, names: Self.jsonNumbers, enumName: "mesh.pipeline.v1.CompletionResult", path: path))
        }
    }
}

extension PipelineV1 {
    public struct SubmitJobRequest: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.SubmitJobRequest"

        public var url: String = ""

        public var corpusName: String = ""

        /// Optional, client-chosen: the same id with the same body returns the existing job; with another body, ALREADY_EXISTS.
        public var jobID: String = ""

        public init() {}

        public init(
            url: String = "",
            corpusName: String = "",
            jobID: String = ""
        ) {
            self.url = url
            self.corpusName = corpusName
            self.jobID = jobID
        }
    }
}

extension PipelineV1.SubmitJobRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(3)
        members.append(JSONMember("url", .string(self.url)))
        members.append(JSONMember("corpus_name", .string(self.corpusName)))
        members.append(JSONMember("job_id", .string(self.jobID)))
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
                case "corpus_name", "corpusName":
                do {
                    let fieldPath = ProtoJSON.path(path, "corpus_name")
                    self.corpusName = try ProtoJSON.string(member.value, path: fieldPath)
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
    public struct SubmitJobResponse: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.SubmitJobResponse"

        public var job: PipelineV1.Job? = nil

        /// False when an existing job was returned for a repeated job_id.
        public var created: Bool = false

        public init() {}

        public init(
            job: PipelineV1.Job? = nil,
            created: Bool = false
        ) {
            self.job = job
            self.created = created
        }
    }
}

extension PipelineV1.SubmitJobResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(2)
        if let value = self.job {
            members.append(JSONMember("job", value.jsonValue(options: options)))
        }
        else if !options.omitUnsetMessages {
            members.append(JSONMember("job", .null))
        }
        members.append(JSONMember("created", .bool(self.created)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "job":
                do {
                    let fieldPath = ProtoJSON.path(path, "job")
                    self.job = member.value == .null ? nil : try PipelineV1.Job(json: member.value, options: options, path: fieldPath)
                }
                case "created":
                do {
                    let fieldPath = ProtoJSON.path(path, "created")
                    self.created = try ProtoJSON.bool(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct GetJobRequest: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.GetJobRequest"

        public var jobID: String = ""

        public init() {}

        public init(
            jobID: String = ""
        ) {
            self.jobID = jobID
        }
    }
}

extension PipelineV1.GetJobRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("job_id", .string(self.jobID)))
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
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct ListJobsRequest: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.ListJobsRequest"

        /// Only jobs in this status (any when unspecified).
        public var status: PipelineV1.JobStatus = .init(rawValue: 0)

        /// Page size, 1..100 (50 when 0).
        public var limit: Int32 = 0

        /// From X-Next-Cursor of the previous page.
        public var cursor: String = ""

        public init() {}

        public init(
            status: PipelineV1.JobStatus = .init(rawValue: 0),
            limit: Int32 = 0,
            cursor: String = ""
        ) {
            self.status = status
            self.limit = limit
            self.cursor = cursor
        }
    }
}

extension PipelineV1.ListJobsRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(3)
        members.append(JSONMember("status", self.status.jsonValue(options: options)))
        members.append(JSONMember("limit", .integer(Int64(self.limit))))
        members.append(JSONMember("cursor", .string(self.cursor)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "status":
                do {
                    let fieldPath = ProtoJSON.path(path, "status")
                    self.status = try PipelineV1.JobStatus(json: member.value, path: fieldPath)
                }
                case "limit":
                do {
                    let fieldPath = ProtoJSON.path(path, "limit")
                    self.limit = try ProtoJSON.integer(member.value, as: Int32.self, path: fieldPath)
                }
                case "cursor":
                do {
                    let fieldPath = ProtoJSON.path(path, "cursor")
                    self.cursor = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct ListJobsResponse: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.ListJobsResponse"

        /// The caller's jobs, newest first.
        public var jobs: [PipelineV1.Job] = []

        /// "" on the last page.
        public var nextCursor: String = ""

        public init() {}

        public init(
            jobs: [PipelineV1.Job] = [],
            nextCursor: String = ""
        ) {
            self.jobs = jobs
            self.nextCursor = nextCursor
        }
    }
}

extension PipelineV1.ListJobsResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(2)
        members.append(JSONMember("jobs", .array(self.jobs.map { $0.jsonValue(options: options) })))
        members.append(JSONMember("next_cursor", .string(self.nextCursor)))
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "jobs":
                do {
                    let fieldPath = ProtoJSON.path(path, "jobs")
                    var values: [PipelineV1.Job] = []
                    for (index, element) in try ProtoJSON.elements(member.value, path: fieldPath).enumerated() {
                        values.append(try PipelineV1.Job(json: element, options: options, path: ProtoJSON.path(fieldPath, index: index)))
                    }
                    self.jobs = values
                }
                case "next_cursor", "nextCursor":
                do {
                    let fieldPath = ProtoJSON.path(path, "next_cursor")
                    self.nextCursor = try ProtoJSON.string(member.value, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct WatchJobRequest: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.WatchJobRequest"

        public var jobID: String = ""

        public init() {}

        public init(
            jobID: String = ""
        ) {
            self.jobID = jobID
        }
    }
}

extension PipelineV1.WatchJobRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        members.append(JSONMember("job_id", .string(self.jobID)))
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
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct JobEvent: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.JobEvent"

        /// The job after the change; the stream ends after a terminal state.
        public var job: PipelineV1.Job? = nil

        public init() {}

        public init(
            job: PipelineV1.Job? = nil
        ) {
            self.job = job
        }
    }
}

extension PipelineV1.JobEvent {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(1)
        if let value = self.job {
            members.append(JSONMember("job", value.jsonValue(options: options)))
        }
        else if !options.omitUnsetMessages {
            members.append(JSONMember("job", .null))
        }
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "job":
                do {
                    let fieldPath = ProtoJSON.path(path, "job")
                    self.job = member.value == .null ? nil : try PipelineV1.Job(json: member.value, options: options, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct CompleteStageRequest: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.CompleteStageRequest"

        public var jobID: String = ""

        public var stage: PipelineV1.Stage = .init(rawValue: 0)

        public var status: PipelineV1.StageOutcome = .init(rawValue: 0)

        public var errorCode: String = ""

        public var errorMessage: String = ""

        /// Chunks produced (chunking success only).
        public var chunkCount: Int32 = 0

        public init() {}

        public init(
            jobID: String = "",
            stage: PipelineV1.Stage = .init(rawValue: 0),
            status: PipelineV1.StageOutcome = .init(rawValue: 0),
            errorCode: String = "",
            errorMessage: String = "",
            chunkCount: Int32 = 0
        ) {
            self.jobID = jobID
            self.stage = stage
            self.status = status
            self.errorCode = errorCode
            self.errorMessage = errorMessage
            self.chunkCount = chunkCount
        }
    }
}

extension PipelineV1.CompleteStageRequest {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(6)
        members.append(JSONMember("job_id", .string(self.jobID)))
        members.append(JSONMember("stage", self.stage.jsonValue(options: options)))
        members.append(JSONMember("status", self.status.jsonValue(options: options)))
        members.append(JSONMember("error_code", .string(self.errorCode)))
        members.append(JSONMember("error_message", .string(self.errorMessage)))
        members.append(JSONMember("chunk_count", .integer(Int64(self.chunkCount))))
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
                case "status":
                do {
                    let fieldPath = ProtoJSON.path(path, "status")
                    self.status = try PipelineV1.StageOutcome(json: member.value, path: fieldPath)
                }
                case "error_code", "errorCode":
                do {
                    let fieldPath = ProtoJSON.path(path, "error_code")
                    self.errorCode = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "error_message", "errorMessage":
                do {
                    let fieldPath = ProtoJSON.path(path, "error_message")
                    self.errorMessage = try ProtoJSON.string(member.value, path: fieldPath)
                }
                case "chunk_count", "chunkCount":
                do {
                    let fieldPath = ProtoJSON.path(path, "chunk_count")
                    self.chunkCount = try ProtoJSON.integer(member.value, as: Int32.self, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}

extension PipelineV1 {
    public struct CompleteStageResponse: ProtoMessage {
        public static let protoMessageName = "mesh.pipeline.v1.CompleteStageResponse"

        public var status: PipelineV1.CompletionResult = .init(rawValue: 0)

        public var job: PipelineV1.Job? = nil

        public init() {}

        public init(
            status: PipelineV1.CompletionResult = .init(rawValue: 0),
            job: PipelineV1.Job? = nil
        ) {
            self.status = status
            self.job = job
        }
    }
}

extension PipelineV1.CompleteStageResponse {
    public func jsonValue(options: JSONEncodingOptions = JSONEncodingOptions()) -> JSONValue {
        var members: [JSONMember] = []
        members.reserveCapacity(2)
        members.append(JSONMember("status", self.status.jsonValue(options: options)))
        if let value = self.job {
            members.append(JSONMember("job", value.jsonValue(options: options)))
        }
        else if !options.omitUnsetMessages {
            members.append(JSONMember("job", .null))
        }
        return .object(members)
    }

    public init(json: JSONValue, options: JSONDecodingOptions = JSONDecodingOptions(), path: String = "") throws(JSONMappingError) {
        self.init()
        for member in try ProtoJSON.members(json, path: path) {
            switch member.key {
                case "status":
                do {
                    let fieldPath = ProtoJSON.path(path, "status")
                    self.status = try PipelineV1.CompletionResult(json: member.value, path: fieldPath)
                }
                case "job":
                do {
                    let fieldPath = ProtoJSON.path(path, "job")
                    self.job = member.value == .null ? nil : try PipelineV1.Job(json: member.value, options: options, path: fieldPath)
                }
                default:
                    if !options.ignoreUnknownFields { throw ProtoJSON.unknownField(ProtoJSON.path(path, member.key)) }
            }
        }
    }
}
