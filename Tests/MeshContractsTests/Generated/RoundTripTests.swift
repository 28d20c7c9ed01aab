// Generated from Protos/ by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshContracts
import Testing

@Suite("Every message round-trips through libprotobuf-c and JSON")
struct GeneratedRoundTripTests {
    @Test func mesh_bench_v1_EchoRequest() throws { try assertContractRoundTrips(BenchV1.EchoRequest.self) }
    @Test func mesh_bench_v1_EchoStreamRequest() throws { try assertContractRoundTrips(BenchV1.EchoStreamRequest.self) }
    @Test func mesh_bench_v1_EchoResponse() throws { try assertContractRoundTrips(BenchV1.EchoResponse.self) }
    @Test func mesh_gateway_v1_GatewayHealthRequest() throws { try assertContractRoundTrips(GatewayV1.GatewayHealthRequest.self) }
    @Test func mesh_gateway_v1_GatewayHealthResponse() throws { try assertContractRoundTrips(GatewayV1.GatewayHealthResponse.self) }
    @Test func mesh_pipeline_v1_ChunkRequest() throws { try assertContractRoundTrips(PipelineV1.ChunkRequest.self) }
    @Test func mesh_pipeline_v1_Chunk() throws { try assertContractRoundTrips(PipelineV1.Chunk.self) }
    @Test func mesh_pipeline_v1_ChunkResponse() throws { try assertContractRoundTrips(PipelineV1.ChunkResponse.self) }
    @Test func mesh_pipeline_v1_EmbedChunk() throws { try assertContractRoundTrips(PipelineV1.EmbedChunk.self) }
    @Test func mesh_pipeline_v1_EmbedRequest() throws { try assertContractRoundTrips(PipelineV1.EmbedRequest.self) }
    @Test func mesh_pipeline_v1_EmbedResponse() throws { try assertContractRoundTrips(PipelineV1.EmbedResponse.self) }
    @Test func mesh_pipeline_v1_JobError() throws { try assertContractRoundTrips(PipelineV1.JobError.self) }
    @Test func mesh_pipeline_v1_Job() throws { try assertContractRoundTrips(PipelineV1.Job.self) }
    @Test func mesh_pipeline_v1_CallerContext() throws { try assertContractRoundTrips(PipelineV1.CallerContext.self) }
    @Test func mesh_pipeline_v1_ApiKey() throws { try assertContractRoundTrips(PipelineV1.ApiKey.self) }
    @Test func mesh_pipeline_v1_ValidateKeyRequest() throws { try assertContractRoundTrips(PipelineV1.ValidateKeyRequest.self) }
    @Test func mesh_pipeline_v1_ValidateKeyResponse() throws { try assertContractRoundTrips(PipelineV1.ValidateKeyResponse.self) }
    @Test func mesh_pipeline_v1_CreateKeyRequest() throws { try assertContractRoundTrips(PipelineV1.CreateKeyRequest.self) }
    @Test func mesh_pipeline_v1_CreateKeyResponse() throws { try assertContractRoundTrips(PipelineV1.CreateKeyResponse.self) }
    @Test func mesh_pipeline_v1_ListKeysRequest() throws { try assertContractRoundTrips(PipelineV1.ListKeysRequest.self) }
    @Test func mesh_pipeline_v1_ListKeysResponse() throws { try assertContractRoundTrips(PipelineV1.ListKeysResponse.self) }
    @Test func mesh_pipeline_v1_RevokeKeyRequest() throws { try assertContractRoundTrips(PipelineV1.RevokeKeyRequest.self) }
    @Test func mesh_pipeline_v1_RevokeKeyResponse() throws { try assertContractRoundTrips(PipelineV1.RevokeKeyResponse.self) }
    @Test func mesh_pipeline_v1_SubmitJobRequest() throws { try assertContractRoundTrips(PipelineV1.SubmitJobRequest.self) }
    @Test func mesh_pipeline_v1_SubmitJobResponse() throws { try assertContractRoundTrips(PipelineV1.SubmitJobResponse.self) }
    @Test func mesh_pipeline_v1_GetJobRequest() throws { try assertContractRoundTrips(PipelineV1.GetJobRequest.self) }
    @Test func mesh_pipeline_v1_ListJobsRequest() throws { try assertContractRoundTrips(PipelineV1.ListJobsRequest.self) }
    @Test func mesh_pipeline_v1_ListJobsResponse() throws { try assertContractRoundTrips(PipelineV1.ListJobsResponse.self) }
    @Test func mesh_pipeline_v1_WatchJobRequest() throws { try assertContractRoundTrips(PipelineV1.WatchJobRequest.self) }
    @Test func mesh_pipeline_v1_JobEvent() throws { try assertContractRoundTrips(PipelineV1.JobEvent.self) }
    @Test func mesh_pipeline_v1_CompleteStageRequest() throws { try assertContractRoundTrips(PipelineV1.CompleteStageRequest.self) }
    @Test func mesh_pipeline_v1_CompleteStageResponse() throws { try assertContractRoundTrips(PipelineV1.CompleteStageResponse.self) }
    @Test func mesh_pipeline_v1_ScrapeRequest() throws { try assertContractRoundTrips(PipelineV1.ScrapeRequest.self) }
    @Test func mesh_pipeline_v1_ScrapeResponse() throws { try assertContractRoundTrips(PipelineV1.ScrapeResponse.self) }
    @Test func mesh_pipeline_v1_SearchRequest() throws { try assertContractRoundTrips(PipelineV1.SearchRequest.self) }
    @Test func mesh_pipeline_v1_SearchResult() throws { try assertContractRoundTrips(PipelineV1.SearchResult.self) }
    @Test func mesh_pipeline_v1_SearchResponse() throws { try assertContractRoundTrips(PipelineV1.SearchResponse.self) }
    @Test func mesh_pipeline_v1_StageTask() throws { try assertContractRoundTrips(PipelineV1.StageTask.self) }
    @Test func mesh_v1_Status() throws { try assertContractRoundTrips(MeshV1.Status.self) }
    @Test func mesh_v1_MetadataEntry() throws { try assertContractRoundTrips(MeshV1.MetadataEntry.self) }
    @Test func mesh_v1_Frame() throws { try assertContractRoundTrips(MeshV1.Frame.self) }
    @Test func mesh_v1_HealthCheckRequest() throws { try assertContractRoundTrips(MeshV1.HealthCheckRequest.self) }
    @Test func mesh_v1_HealthCheckResponse() throws { try assertContractRoundTrips(MeshV1.HealthCheckResponse.self) }
    @Test func mesh_v1_HeaderBinding() throws { try assertContractRoundTrips(MeshV1.HeaderBinding.self) }
    @Test func mesh_v1_HttpRule() throws { try assertContractRoundTrips(MeshV1.HttpRule.self) }
    @Test func mesh_v1_MethodOptions() throws { try assertContractRoundTrips(MeshV1.MethodOptions.self) }
    @Test func mesh_v1_FieldRules() throws { try assertContractRoundTrips(MeshV1.FieldRules.self) }
}
