// Generated from Protos/ by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshContracts

/// Every message of the contract, for tests that must cover all of them.
let allContractMessageTypes: [any ContractSampled.Type] = [
    BenchV1.EchoRequest.self,
    BenchV1.EchoStreamRequest.self,
    BenchV1.EchoResponse.self,
    GatewayV1.GatewayHealthRequest.self,
    GatewayV1.GatewayHealthResponse.self,
    PipelineV1.ChunkRequest.self,
    PipelineV1.Chunk.self,
    PipelineV1.ChunkResponse.self,
    PipelineV1.EmbedChunk.self,
    PipelineV1.EmbedRequest.self,
    PipelineV1.EmbedResponse.self,
    PipelineV1.JobError.self,
    PipelineV1.Job.self,
    PipelineV1.CallerContext.self,
    PipelineV1.ApiKey.self,
    PipelineV1.ValidateKeyRequest.self,
    PipelineV1.ValidateKeyResponse.self,
    PipelineV1.CreateKeyRequest.self,
    PipelineV1.CreateKeyResponse.self,
    PipelineV1.ListKeysRequest.self,
    PipelineV1.ListKeysResponse.self,
    PipelineV1.RevokeKeyRequest.self,
    PipelineV1.RevokeKeyResponse.self,
    PipelineV1.SubmitJobRequest.self,
    PipelineV1.SubmitJobResponse.self,
    PipelineV1.GetJobRequest.self,
    PipelineV1.ListJobsRequest.self,
    PipelineV1.ListJobsResponse.self,
    PipelineV1.WatchJobRequest.self,
    PipelineV1.JobEvent.self,
    PipelineV1.CompleteStageRequest.self,
    PipelineV1.CompleteStageResponse.self,
    PipelineV1.ScrapeRequest.self,
    PipelineV1.ScrapeResponse.self,
    PipelineV1.SearchRequest.self,
    PipelineV1.SearchResult.self,
    PipelineV1.SearchResponse.self,
    PipelineV1.StageTask.self,
    MeshV1.Status.self,
    MeshV1.MetadataEntry.self,
    MeshV1.Frame.self,
    MeshV1.HealthCheckRequest.self,
    MeshV1.HealthCheckResponse.self,
    MeshV1.HeaderBinding.self,
    MeshV1.HttpRule.self,
    MeshV1.MethodOptions.self,
    MeshV1.FieldRules.self,
]

extension BenchV1.EchoRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.payload = ContractValues.bytes(variant, index: 0)
        return sample
    }
}

extension BenchV1.EchoStreamRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.payload = ContractValues.bytes(variant, index: 0)
        sample.count = ContractValues.integer(variant, number: 2, as: UInt32.self)
        sample.intervalMS = ContractValues.integer(variant, number: 3, as: UInt32.self)
        return sample
    }
}

extension BenchV1.EchoResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.payload = ContractValues.bytes(variant, index: 0)
        return sample
    }
}

extension GatewayV1.GatewayHealthRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        Self()
    }
}

extension GatewayV1.GatewayHealthResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.status = ContractValues.string(variant, field: "status", index: 0)
        sample.services = ContractValues.map(variant) { index in (ContractValues.string(variant, field: "services", index: index), ContractValues.string(variant, field: "services", index: index)) }
        return sample
    }
}

extension PipelineV1.ChunkRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.content = ContractValues.string(variant, field: "content", index: 0)
        sample.maxTokens = ContractValues.integer(variant, number: 2, as: Int32.self)
        sample.overlap = ContractValues.integer(variant, number: 3, as: Int32.self)
        return sample
    }
}

extension PipelineV1.Chunk: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.ordinal = ContractValues.integer(variant, number: 1, as: Int32.self)
        sample.text = ContractValues.string(variant, field: "text", index: 0)
        sample.tokenCount = ContractValues.integer(variant, number: 3, as: Int32.self)
        return sample
    }
}

extension PipelineV1.ChunkResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.chunks = depth < ContractValues.maxDepth ? ContractValues.repeated(variant) { _ in PipelineV1.Chunk.contractSample(variant.forElements, depth: depth + 1) } : []
        return sample
    }
}

extension PipelineV1.EmbedChunk: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.chunkID = ContractValues.string(variant, field: "chunk_id", index: 0)
        sample.text = ContractValues.string(variant, field: "text", index: 0)
        return sample
    }
}

extension PipelineV1.EmbedRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.corpusName = ContractValues.string(variant, field: "corpus_name", index: 0)
        sample.chunks = depth < ContractValues.maxDepth ? ContractValues.repeated(variant) { _ in PipelineV1.EmbedChunk.contractSample(variant.forElements, depth: depth + 1) } : []
        sample.sourceURL = ContractValues.string(variant, field: "source_url", index: 0)
        sample.jobID = ContractValues.string(variant, field: "job_id", index: 0)
        return sample
    }
}

extension PipelineV1.EmbedResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.upserted = ContractValues.integer(variant, number: 1, as: Int32.self)
        return sample
    }
}

extension PipelineV1.JobError: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.stage = PipelineV1.Stage(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2, 3]))
        sample.code = ContractValues.string(variant, field: "code", index: 0)
        sample.message = ContractValues.string(variant, field: "message", index: 0)
        sample.at = ContractValues.string(variant, field: "at", index: 0)
        return sample
    }
}

extension PipelineV1.Job: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.jobID = ContractValues.string(variant, field: "job_id", index: 0)
        sample.url = ContractValues.string(variant, field: "url", index: 0)
        sample.corpusName = ContractValues.string(variant, field: "corpus_name", index: 0)
        sample.status = PipelineV1.JobStatus(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2, 3, 4, 5, 6]))
        sample.failedStage = PipelineV1.Stage(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2, 3]))
        sample.error = depth < ContractValues.maxDepth ? PipelineV1.JobError.contractSample(variant, depth: depth + 1) : nil
        sample.callerID = ContractValues.string(variant, field: "caller_id", index: 0)
        sample.chunkCount = ContractValues.integer(variant, number: 8, as: Int32.self)
        sample.createdAt = ContractValues.string(variant, field: "created_at", index: 0)
        sample.updatedAt = ContractValues.string(variant, field: "updated_at", index: 0)
        return sample
    }
}

extension PipelineV1.CallerContext: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.callerID = ContractValues.string(variant, field: "caller_id", index: 0)
        sample.role = MeshV1.CallerRole(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2, 3]))
        sample.keyID = ContractValues.string(variant, field: "key_id", index: 0)
        return sample
    }
}

extension PipelineV1.ApiKey: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.keyID = ContractValues.string(variant, field: "key_id", index: 0)
        sample.callerID = ContractValues.string(variant, field: "caller_id", index: 0)
        sample.role = MeshV1.CallerRole(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2, 3]))
        sample.label = ContractValues.string(variant, field: "label", index: 0)
        sample.createdAt = ContractValues.string(variant, field: "created_at", index: 0)
        sample.revokedAt = ContractValues.string(variant, field: "revoked_at", index: 0)
        return sample
    }
}

extension PipelineV1.ValidateKeyRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.apiKey = ContractValues.string(variant, field: "api_key", index: 0)
        return sample
    }
}

extension PipelineV1.ValidateKeyResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.caller = depth < ContractValues.maxDepth ? PipelineV1.CallerContext.contractSample(variant, depth: depth + 1) : nil
        return sample
    }
}

extension PipelineV1.CreateKeyRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.role = MeshV1.CallerRole(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2, 3]))
        sample.callerID = ContractValues.string(variant, field: "caller_id", index: 0)
        sample.label = ContractValues.string(variant, field: "label", index: 0)
        return sample
    }
}

extension PipelineV1.CreateKeyResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.key = depth < ContractValues.maxDepth ? PipelineV1.ApiKey.contractSample(variant, depth: depth + 1) : nil
        sample.apiKey = ContractValues.string(variant, field: "api_key", index: 0)
        return sample
    }
}

extension PipelineV1.ListKeysRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        Self()
    }
}

extension PipelineV1.ListKeysResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.keys = depth < ContractValues.maxDepth ? ContractValues.repeated(variant) { _ in PipelineV1.ApiKey.contractSample(variant.forElements, depth: depth + 1) } : []
        return sample
    }
}

extension PipelineV1.RevokeKeyRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.keyID = ContractValues.string(variant, field: "key_id", index: 0)
        return sample
    }
}

extension PipelineV1.RevokeKeyResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.key = depth < ContractValues.maxDepth ? PipelineV1.ApiKey.contractSample(variant, depth: depth + 1) : nil
        return sample
    }
}

extension PipelineV1.SubmitJobRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.url = ContractValues.string(variant, field: "url", index: 0)
        sample.corpusName = ContractValues.string(variant, field: "corpus_name", index: 0)
        sample.jobID = ContractValues.string(variant, field: "job_id", index: 0)
        return sample
    }
}

extension PipelineV1.SubmitJobResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.job = depth < ContractValues.maxDepth ? PipelineV1.Job.contractSample(variant, depth: depth + 1) : nil
        sample.created = ContractValues.bool(variant)
        return sample
    }
}

extension PipelineV1.GetJobRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.jobID = ContractValues.string(variant, field: "job_id", index: 0)
        return sample
    }
}

extension PipelineV1.ListJobsRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.status = PipelineV1.JobStatus(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2, 3, 4, 5, 6]))
        sample.limit = ContractValues.integer(variant, number: 2, as: Int32.self)
        sample.cursor = ContractValues.string(variant, field: "cursor", index: 0)
        return sample
    }
}

extension PipelineV1.ListJobsResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.jobs = depth < ContractValues.maxDepth ? ContractValues.repeated(variant) { _ in PipelineV1.Job.contractSample(variant.forElements, depth: depth + 1) } : []
        sample.nextCursor = ContractValues.string(variant, field: "next_cursor", index: 0)
        return sample
    }
}

extension PipelineV1.WatchJobRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.jobID = ContractValues.string(variant, field: "job_id", index: 0)
        return sample
    }
}

extension PipelineV1.JobEvent: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.job = depth < ContractValues.maxDepth ? PipelineV1.Job.contractSample(variant, depth: depth + 1) : nil
        return sample
    }
}

extension PipelineV1.CompleteStageRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.jobID = ContractValues.string(variant, field: "job_id", index: 0)
        sample.stage = PipelineV1.Stage(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2, 3]))
        sample.status = PipelineV1.StageOutcome(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2]))
        sample.errorCode = ContractValues.string(variant, field: "error_code", index: 0)
        sample.errorMessage = ContractValues.string(variant, field: "error_message", index: 0)
        sample.chunkCount = ContractValues.integer(variant, number: 6, as: Int32.self)
        return sample
    }
}

extension PipelineV1.CompleteStageResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.status = PipelineV1.CompletionResult(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2]))
        sample.job = depth < ContractValues.maxDepth ? PipelineV1.Job.contractSample(variant, depth: depth + 1) : nil
        return sample
    }
}

extension PipelineV1.ScrapeRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.url = ContractValues.string(variant, field: "url", index: 0)
        return sample
    }
}

extension PipelineV1.ScrapeResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.url = ContractValues.string(variant, field: "url", index: 0)
        sample.statusCode = ContractValues.integer(variant, number: 2, as: Int32.self)
        sample.contentType = ContractValues.string(variant, field: "content_type", index: 0)
        sample.content = ContractValues.string(variant, field: "content", index: 0)
        sample.bytes = ContractValues.integer(variant, number: 5, as: Int32.self)
        sample.errorCode = ContractValues.string(variant, field: "error_code", index: 0)
        return sample
    }
}

extension PipelineV1.SearchRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.corpusName = ContractValues.string(variant, field: "corpus_name", index: 0)
        sample.query = ContractValues.string(variant, field: "query", index: 0)
        sample.topK = ContractValues.integer(variant, number: 3, as: Int32.self)
        return sample
    }
}

extension PipelineV1.SearchResult: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.chunkID = ContractValues.string(variant, field: "chunk_id", index: 0)
        sample.text = ContractValues.string(variant, field: "text", index: 0)
        sample.score = ContractValues.float(variant, number: 3)
        sample.sourceURL = ContractValues.string(variant, field: "source_url", index: 0)
        sample.jobID = ContractValues.string(variant, field: "job_id", index: 0)
        return sample
    }
}

extension PipelineV1.SearchResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.results = depth < ContractValues.maxDepth ? ContractValues.repeated(variant) { _ in PipelineV1.SearchResult.contractSample(variant.forElements, depth: depth + 1) } : []
        return sample
    }
}

extension PipelineV1.StageTask: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.jobID = ContractValues.string(variant, field: "job_id", index: 0)
        sample.stage = PipelineV1.Stage(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2, 3]))
        sample.url = ContractValues.string(variant, field: "url", index: 0)
        sample.corpusName = ContractValues.string(variant, field: "corpus_name", index: 0)
        sample.traceparent = ContractValues.string(variant, field: "traceparent", index: 0)
        sample.attempt = ContractValues.integer(variant, number: 6, as: Int32.self)
        return sample
    }
}

extension MeshV1.Status: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.code = MeshV1.StatusCode(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]))
        sample.message = ContractValues.string(variant, field: "message", index: 0)
        sample.reason = ContractValues.string(variant, field: "reason", index: 0)
        return sample
    }
}

extension MeshV1.MetadataEntry: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.key = ContractValues.string(variant, field: "key", index: 0)
        sample.value = ContractValues.string(variant, field: "value", index: 0)
        return sample
    }
}

extension MeshV1.Frame: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.callID = ContractValues.integer(variant, number: 1, as: UInt64.self)
        sample.kind = MeshV1.FrameKind(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2, 3, 4, 5, 6, 7, 8]))
        sample.method = ContractValues.string(variant, field: "method", index: 0)
        sample.metadata = depth < ContractValues.maxDepth ? ContractValues.repeated(variant) { _ in MeshV1.MetadataEntry.contractSample(variant.forElements, depth: depth + 1) } : []
        sample.timeoutMS = ContractValues.integer(variant, number: 5, as: UInt32.self)
        sample.payload = ContractValues.bytes(variant, index: 0)
        sample.status = depth < ContractValues.maxDepth ? MeshV1.Status.contractSample(variant, depth: depth + 1) : nil
        return sample
    }
}

extension MeshV1.HealthCheckRequest: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.service = ContractValues.string(variant, field: "service", index: 0)
        return sample
    }
}

extension MeshV1.HealthCheckResponse: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.status = MeshV1.ServingStatus(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2, 3]))
        return sample
    }
}

extension MeshV1.HeaderBinding: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.header = ContractValues.string(variant, field: "header", index: 0)
        sample.field = ContractValues.string(variant, field: "field", index: 0)
        return sample
    }
}

extension MeshV1.HttpRule: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.method = ContractValues.string(variant, field: "method", index: 0)
        sample.path = ContractValues.string(variant, field: "path", index: 0)
        sample.body = ContractValues.string(variant, field: "body", index: 0)
        sample.responseBody = ContractValues.string(variant, field: "response_body", index: 0)
        sample.successStatus = ContractValues.integer(variant, number: 5, as: Int32.self)
        sample.successStatusIf = ContractValues.string(variant, field: "success_status_if", index: 0)
        sample.serverSentEvents = ContractValues.bool(variant)
        sample.responseHeaders = depth < ContractValues.maxDepth ? ContractValues.repeated(variant) { _ in MeshV1.HeaderBinding.contractSample(variant.forElements, depth: depth + 1) } : []
        return sample
    }
}

extension MeshV1.MethodOptions: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.http = depth < ContractValues.maxDepth ? MeshV1.HttpRule.contractSample(variant, depth: depth + 1) : nil
        sample.idempotent = ContractValues.bool(variant)
        sample.allowedRoles = ContractValues.repeated(variant) { _ in MeshV1.CallerRole(rawValue: ContractValues.enumNumber(variant, known: [0, 1, 2, 3])) }
        sample.internalOnly = ContractValues.bool(variant)
        sample.`public` = ContractValues.bool(variant)
        sample.summary = ContractValues.string(variant, field: "summary", index: 0)
        return sample
    }
}

extension MeshV1.FieldRules: ContractSampled {
    static func contractSample(_ variant: ContractSampleVariant, depth: Int) -> Self {
        var sample = Self()
        guard variant != .empty else { return sample }
        sample.required = ContractValues.bool(variant)
        return sample
    }
}
