// Compiled by CompileTimeContractTests: a client call with the wrong request message must NOT compile.
import MeshContracts
import MeshCore

func submitWithWrongMessage(_ client: PipelineV1.OrchestratorClient) async throws {
    _ = try await client.submitJob(PipelineV1.GetJobRequest(jobID: "j"))
}
