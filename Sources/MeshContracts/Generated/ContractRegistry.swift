// Generated from the services in Protos/ by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore

/// Every method of the contract by wire path, with its JSON ⇄ protobuf codec.
public enum ContractRegistry {
    public static let methods: [String: MethodCodec] = [
        "/mesh.bench.v1.Echo/Echo": MethodCodec(descriptor: BenchV1.Echo.Method.echo, request: BenchV1.EchoRequest.self, response: BenchV1.EchoResponse.self),
        "/mesh.bench.v1.Echo/EchoStream": MethodCodec(descriptor: BenchV1.Echo.Method.echoStream, request: BenchV1.EchoStreamRequest.self, response: BenchV1.EchoResponse.self),
        "/mesh.gateway.v1.Gateway/Health": MethodCodec(descriptor: GatewayV1.Gateway.Method.health, request: GatewayV1.GatewayHealthRequest.self, response: GatewayV1.GatewayHealthResponse.self),
        "/mesh.pipeline.v1.Chunker/Chunk": MethodCodec(descriptor: PipelineV1.Chunker.Method.chunk, request: PipelineV1.ChunkRequest.self, response: PipelineV1.ChunkResponse.self),
        "/mesh.pipeline.v1.Embedder/Embed": MethodCodec(descriptor: PipelineV1.Embedder.Method.embed, request: PipelineV1.EmbedRequest.self, response: PipelineV1.EmbedResponse.self),
        "/mesh.pipeline.v1.Membership/ValidateKey": MethodCodec(descriptor: PipelineV1.Membership.Method.validateKey, request: PipelineV1.ValidateKeyRequest.self, response: PipelineV1.ValidateKeyResponse.self),
        "/mesh.pipeline.v1.Membership/CreateKey": MethodCodec(descriptor: PipelineV1.Membership.Method.createKey, request: PipelineV1.CreateKeyRequest.self, response: PipelineV1.CreateKeyResponse.self),
        "/mesh.pipeline.v1.Membership/ListKeys": MethodCodec(descriptor: PipelineV1.Membership.Method.listKeys, request: PipelineV1.ListKeysRequest.self, response: PipelineV1.ListKeysResponse.self),
        "/mesh.pipeline.v1.Membership/RevokeKey": MethodCodec(descriptor: PipelineV1.Membership.Method.revokeKey, request: PipelineV1.RevokeKeyRequest.self, response: PipelineV1.RevokeKeyResponse.self),
        "/mesh.pipeline.v1.Orchestrator/SubmitJob": MethodCodec(descriptor: PipelineV1.Orchestrator.Method.submitJob, request: PipelineV1.SubmitJobRequest.self, response: PipelineV1.SubmitJobResponse.self),
        "/mesh.pipeline.v1.Orchestrator/GetJob": MethodCodec(descriptor: PipelineV1.Orchestrator.Method.getJob, request: PipelineV1.GetJobRequest.self, response: PipelineV1.Job.self),
        "/mesh.pipeline.v1.Orchestrator/ListJobs": MethodCodec(descriptor: PipelineV1.Orchestrator.Method.listJobs, request: PipelineV1.ListJobsRequest.self, response: PipelineV1.ListJobsResponse.self),
        "/mesh.pipeline.v1.Orchestrator/WatchJob": MethodCodec(descriptor: PipelineV1.Orchestrator.Method.watchJob, request: PipelineV1.WatchJobRequest.self, response: PipelineV1.JobEvent.self),
        "/mesh.pipeline.v1.Orchestrator/CompleteStage": MethodCodec(descriptor: PipelineV1.Orchestrator.Method.completeStage, request: PipelineV1.CompleteStageRequest.self, response: PipelineV1.CompleteStageResponse.self),
        "/mesh.pipeline.v1.Scraper/Scrape": MethodCodec(descriptor: PipelineV1.Scraper.Method.scrape, request: PipelineV1.ScrapeRequest.self, response: PipelineV1.ScrapeResponse.self),
        "/mesh.pipeline.v1.Search/Search": MethodCodec(descriptor: PipelineV1.Search.Method.search, request: PipelineV1.SearchRequest.self, response: PipelineV1.SearchResponse.self),
        "/mesh.v1.Health/Check": MethodCodec(descriptor: MeshV1.Health.Method.check, request: MeshV1.HealthCheckRequest.self, response: MeshV1.HealthCheckResponse.self),
        "/mesh.v1.Health/Watch": MethodCodec(descriptor: MeshV1.Health.Method.watch, request: MeshV1.HealthCheckRequest.self, response: MeshV1.HealthCheckResponse.self),
    ]
}
