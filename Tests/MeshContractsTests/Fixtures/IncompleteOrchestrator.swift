// Compiled by CompileTimeContractTests: implements every Orchestrator method but CompleteStage,
// so it must NOT compile.
import MeshContracts
import MeshCore

struct IncompleteOrchestrator: PipelineV1.OrchestratorService {
    func submitJob(_ request: PipelineV1.SubmitJobRequest, context: ServerContext) async throws -> PipelineV1.SubmitJobResponse { .init() }
    func getJob(_ request: PipelineV1.GetJobRequest, context: ServerContext) async throws -> PipelineV1.Job { .init() }
    func listJobs(_ request: PipelineV1.ListJobsRequest, context: ServerContext) async throws -> PipelineV1.ListJobsResponse { .init() }
    func watchJob(_ request: PipelineV1.WatchJobRequest, writer: ServerStreamWriter<PipelineV1.JobEvent>, context: ServerContext) async throws {}
}
