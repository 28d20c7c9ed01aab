// Compiled by CompileTimeContractTests as the control: the same service with every method compiles.
import MeshContracts
import MeshCore

struct CompleteOrchestrator: PipelineV1.OrchestratorService {
    func submitJob(_ request: PipelineV1.SubmitJobRequest, context: ServerContext) async throws -> PipelineV1.SubmitJobResponse { .init() }
    func getJob(_ request: PipelineV1.GetJobRequest, context: ServerContext) async throws -> PipelineV1.Job { .init() }
    func listJobs(_ request: PipelineV1.ListJobsRequest, context: ServerContext) async throws -> PipelineV1.ListJobsResponse { .init() }
    func watchJob(_ request: PipelineV1.WatchJobRequest, writer: ServerStreamWriter<PipelineV1.JobEvent>, context: ServerContext) async throws {}
    func completeStage(_ request: PipelineV1.CompleteStageRequest, context: ServerContext) async throws -> PipelineV1.CompleteStageResponse { .init() }
}
