// Generated from mesh/pipeline/v1/orchestrator.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore

extension PipelineV1 {
    /// The methods of `mesh.pipeline.v1.Orchestrator`.
    public enum Orchestrator {
        public static let serviceName = "mesh.pipeline.v1.Orchestrator"

        public enum Method {
            public static let submitJob = MethodDescriptor(service: "mesh.pipeline.v1.Orchestrator", method: "SubmitJob", kind: .unary, isIdempotent: true)
            public static let getJob = MethodDescriptor(service: "mesh.pipeline.v1.Orchestrator", method: "GetJob", kind: .unary, isIdempotent: true)
            public static let listJobs = MethodDescriptor(service: "mesh.pipeline.v1.Orchestrator", method: "ListJobs", kind: .unary, isIdempotent: true)
            public static let watchJob = MethodDescriptor(service: "mesh.pipeline.v1.Orchestrator", method: "WatchJob", kind: .serverStreaming, isIdempotent: true)
            public static let completeStage = MethodDescriptor(service: "mesh.pipeline.v1.Orchestrator", method: "CompleteStage", kind: .unary, isIdempotent: true)

            public static let all: [MethodDescriptor] = [submitJob, getJob, listJobs, watchJob, completeStage]
        }
    }
}

extension PipelineV1 {
    ///
    /// Implement every method to serve `mesh.pipeline.v1.Orchestrator`; register with `RPCRouter.register(_:)`.
    public protocol OrchestratorService: RPCService {
        func submitJob(_ request: PipelineV1.SubmitJobRequest, context: ServerContext) async throws -> PipelineV1.SubmitJobResponse
        func getJob(_ request: PipelineV1.GetJobRequest, context: ServerContext) async throws -> PipelineV1.Job
        func listJobs(_ request: PipelineV1.ListJobsRequest, context: ServerContext) async throws -> PipelineV1.ListJobsResponse
        func watchJob(_ request: PipelineV1.WatchJobRequest, writer: ServerStreamWriter<PipelineV1.JobEvent>, context: ServerContext) async throws
        func completeStage(_ request: PipelineV1.CompleteStageRequest, context: ServerContext) async throws -> PipelineV1.CompleteStageResponse
    }
}

extension PipelineV1.OrchestratorService {
    public func registerMethods(with router: inout RPCRouter) {
        router.register(PipelineV1.Orchestrator.Method.submitJob, handler: .unary { request, context in
            try await self.submitJob(PipelineV1.SubmitJobRequest(serializedBytes: request), context: context).serializedBytes()
        })
        router.register(PipelineV1.Orchestrator.Method.getJob, handler: .unary { request, context in
            try await self.getJob(PipelineV1.GetJobRequest(serializedBytes: request), context: context).serializedBytes()
        })
        router.register(PipelineV1.Orchestrator.Method.listJobs, handler: .unary { request, context in
            try await self.listJobs(PipelineV1.ListJobsRequest(serializedBytes: request), context: context).serializedBytes()
        })
        router.register(PipelineV1.Orchestrator.Method.watchJob, handler: .serverStreaming { request, context, writer in
            try await self.watchJob(PipelineV1.WatchJobRequest(serializedBytes: request), writer: ServerStreamWriter(writer), context: context)
        })
        router.register(PipelineV1.Orchestrator.Method.completeStage, handler: .unary { request, context in
            try await self.completeStage(PipelineV1.CompleteStageRequest(serializedBytes: request), context: context).serializedBytes()
        })
    }
}

extension PipelineV1 {
    /// Calls `mesh.pipeline.v1.Orchestrator` through any transport.
    public struct OrchestratorClient: Sendable {
        public let transport: any ClientTransport

        public init(transport: any ClientTransport) { self.transport = transport }

        public func submitJob(_ request: PipelineV1.SubmitJobRequest, options: CallOptions = CallOptions()) async throws -> PipelineV1.SubmitJobResponse {
            try await transport.unary(request, method: Orchestrator.Method.submitJob, options: options, as: PipelineV1.SubmitJobResponse.self)
        }

        public func getJob(_ request: PipelineV1.GetJobRequest, options: CallOptions = CallOptions()) async throws -> PipelineV1.Job {
            try await transport.unary(request, method: Orchestrator.Method.getJob, options: options, as: PipelineV1.Job.self)
        }

        public func listJobs(_ request: PipelineV1.ListJobsRequest, options: CallOptions = CallOptions()) async throws -> PipelineV1.ListJobsResponse {
            try await transport.unary(request, method: Orchestrator.Method.listJobs, options: options, as: PipelineV1.ListJobsResponse.self)
        }

        public func watchJob<Result: Sendable>(_ request: PipelineV1.WatchJobRequest, options: CallOptions = CallOptions(), body: (ResponseStream<PipelineV1.JobEvent>) async throws -> Result) async throws -> Result {
            try await transport.serverStreaming(request, method: Orchestrator.Method.watchJob, options: options, of: PipelineV1.JobEvent.self, body: body)
        }

        public func completeStage(_ request: PipelineV1.CompleteStageRequest, options: CallOptions = CallOptions()) async throws -> PipelineV1.CompleteStageResponse {
            try await transport.unary(request, method: Orchestrator.Method.completeStage, options: options, as: PipelineV1.CompleteStageResponse.self)
        }
    }
}
