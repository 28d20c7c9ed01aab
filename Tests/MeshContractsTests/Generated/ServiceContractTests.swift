// Generated from Protos/ by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshContracts
import MeshCore
import Testing

/// Answers every method with the `.full` sample of its response, after checking the request is the `.full` sample.
struct SampleBenchV1EchoService: BenchV1.EchoService {
    func echo(_ request: BenchV1.EchoRequest, context: ServerContext) async throws -> BenchV1.EchoResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
    func echoStream(_ request: BenchV1.EchoStreamRequest, writer: ServerStreamWriter<BenchV1.EchoResponse>, context: ServerContext) async throws {
        try expectSample(request)
        for _ in 0..<3 { try await writer.write(.contractSample(.full, depth: 0)) }
    }
}

@Suite("mesh.bench.v1.Echo through the generated client and server")
struct BenchV1EchoContractTests {
    let client = BenchV1.EchoClient(transport: InProcessTransport(services: [SampleBenchV1EchoService()]))

    @Test func echo() async throws {
        let response = try await client.echo(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }

    @Test func echoStream() async throws {
        let received = try await client.echoStream(.contractSample(.full, depth: 0)) { stream in
            var messages: [BenchV1.EchoResponse] = []
            for try await message in stream { messages.append(message) }
            return messages
        }
        #expect(received == Array(repeating: .contractSample(.full, depth: 0), count: 3))
    }
}

/// Answers every method with the `.full` sample of its response, after checking the request is the `.full` sample.
struct SampleGatewayV1GatewayService: GatewayV1.GatewayService {
    func health(_ request: GatewayV1.GatewayHealthRequest, context: ServerContext) async throws -> GatewayV1.GatewayHealthResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
}

@Suite("mesh.gateway.v1.Gateway through the generated client and server")
struct GatewayV1GatewayContractTests {
    let client = GatewayV1.GatewayClient(transport: InProcessTransport(services: [SampleGatewayV1GatewayService()]))

    @Test func health() async throws {
        let response = try await client.health(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }
}

/// Answers every method with the `.full` sample of its response, after checking the request is the `.full` sample.
struct SamplePipelineV1ChunkerService: PipelineV1.ChunkerService {
    func chunk(_ request: PipelineV1.ChunkRequest, context: ServerContext) async throws -> PipelineV1.ChunkResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
}

@Suite("mesh.pipeline.v1.Chunker through the generated client and server")
struct PipelineV1ChunkerContractTests {
    let client = PipelineV1.ChunkerClient(transport: InProcessTransport(services: [SamplePipelineV1ChunkerService()]))

    @Test func chunk() async throws {
        let response = try await client.chunk(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }
}

/// Answers every method with the `.full` sample of its response, after checking the request is the `.full` sample.
struct SamplePipelineV1EmbedderService: PipelineV1.EmbedderService {
    func embed(_ request: PipelineV1.EmbedRequest, context: ServerContext) async throws -> PipelineV1.EmbedResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
}

@Suite("mesh.pipeline.v1.Embedder through the generated client and server")
struct PipelineV1EmbedderContractTests {
    let client = PipelineV1.EmbedderClient(transport: InProcessTransport(services: [SamplePipelineV1EmbedderService()]))

    @Test func embed() async throws {
        let response = try await client.embed(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }
}

/// Answers every method with the `.full` sample of its response, after checking the request is the `.full` sample.
struct SamplePipelineV1MembershipService: PipelineV1.MembershipService {
    func validateKey(_ request: PipelineV1.ValidateKeyRequest, context: ServerContext) async throws -> PipelineV1.ValidateKeyResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
    func createKey(_ request: PipelineV1.CreateKeyRequest, context: ServerContext) async throws -> PipelineV1.CreateKeyResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
    func listKeys(_ request: PipelineV1.ListKeysRequest, context: ServerContext) async throws -> PipelineV1.ListKeysResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
    func revokeKey(_ request: PipelineV1.RevokeKeyRequest, context: ServerContext) async throws -> PipelineV1.RevokeKeyResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
}

@Suite("mesh.pipeline.v1.Membership through the generated client and server")
struct PipelineV1MembershipContractTests {
    let client = PipelineV1.MembershipClient(transport: InProcessTransport(services: [SamplePipelineV1MembershipService()]))

    @Test func validateKey() async throws {
        let response = try await client.validateKey(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }

    @Test func createKey() async throws {
        let response = try await client.createKey(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }

    @Test func listKeys() async throws {
        let response = try await client.listKeys(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }

    @Test func revokeKey() async throws {
        let response = try await client.revokeKey(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }
}

/// Answers every method with the `.full` sample of its response, after checking the request is the `.full` sample.
struct SamplePipelineV1OrchestratorService: PipelineV1.OrchestratorService {
    func submitJob(_ request: PipelineV1.SubmitJobRequest, context: ServerContext) async throws -> PipelineV1.SubmitJobResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
    func getJob(_ request: PipelineV1.GetJobRequest, context: ServerContext) async throws -> PipelineV1.Job {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
    func listJobs(_ request: PipelineV1.ListJobsRequest, context: ServerContext) async throws -> PipelineV1.ListJobsResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
    func watchJob(_ request: PipelineV1.WatchJobRequest, writer: ServerStreamWriter<PipelineV1.JobEvent>, context: ServerContext) async throws {
        try expectSample(request)
        for _ in 0..<3 { try await writer.write(.contractSample(.full, depth: 0)) }
    }
    func completeStage(_ request: PipelineV1.CompleteStageRequest, context: ServerContext) async throws -> PipelineV1.CompleteStageResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
}

@Suite("mesh.pipeline.v1.Orchestrator through the generated client and server")
struct PipelineV1OrchestratorContractTests {
    let client = PipelineV1.OrchestratorClient(transport: InProcessTransport(services: [SamplePipelineV1OrchestratorService()]))

    @Test func submitJob() async throws {
        let response = try await client.submitJob(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }

    @Test func getJob() async throws {
        let response = try await client.getJob(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }

    @Test func listJobs() async throws {
        let response = try await client.listJobs(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }

    @Test func watchJob() async throws {
        let received = try await client.watchJob(.contractSample(.full, depth: 0)) { stream in
            var messages: [PipelineV1.JobEvent] = []
            for try await message in stream { messages.append(message) }
            return messages
        }
        #expect(received == Array(repeating: .contractSample(.full, depth: 0), count: 3))
    }

    @Test func completeStage() async throws {
        let response = try await client.completeStage(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }
}

/// Answers every method with the `.full` sample of its response, after checking the request is the `.full` sample.
struct SamplePipelineV1ScraperService: PipelineV1.ScraperService {
    func scrape(_ request: PipelineV1.ScrapeRequest, context: ServerContext) async throws -> PipelineV1.ScrapeResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
}

@Suite("mesh.pipeline.v1.Scraper through the generated client and server")
struct PipelineV1ScraperContractTests {
    let client = PipelineV1.ScraperClient(transport: InProcessTransport(services: [SamplePipelineV1ScraperService()]))

    @Test func scrape() async throws {
        let response = try await client.scrape(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }
}

/// Answers every method with the `.full` sample of its response, after checking the request is the `.full` sample.
struct SamplePipelineV1SearchService: PipelineV1.SearchService {
    func search(_ request: PipelineV1.SearchRequest, context: ServerContext) async throws -> PipelineV1.SearchResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
}

@Suite("mesh.pipeline.v1.Search through the generated client and server")
struct PipelineV1SearchContractTests {
    let client = PipelineV1.SearchClient(transport: InProcessTransport(services: [SamplePipelineV1SearchService()]))

    @Test func search() async throws {
        let response = try await client.search(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }
}

/// Answers every method with the `.full` sample of its response, after checking the request is the `.full` sample.
struct SampleMeshV1HealthService: MeshV1.HealthService {
    func check(_ request: MeshV1.HealthCheckRequest, context: ServerContext) async throws -> MeshV1.HealthCheckResponse {
        try expectSample(request)
        return .contractSample(.full, depth: 0)
    }
    func watch(_ request: MeshV1.HealthCheckRequest, writer: ServerStreamWriter<MeshV1.HealthCheckResponse>, context: ServerContext) async throws {
        try expectSample(request)
        for _ in 0..<3 { try await writer.write(.contractSample(.full, depth: 0)) }
    }
}

@Suite("mesh.v1.Health through the generated client and server")
struct MeshV1HealthContractTests {
    let client = MeshV1.HealthClient(transport: InProcessTransport(services: [SampleMeshV1HealthService()]))

    @Test func check() async throws {
        let response = try await client.check(.contractSample(.full, depth: 0))
        #expect(response == .contractSample(.full, depth: 0))
    }

    @Test func watch() async throws {
        let received = try await client.watch(.contractSample(.full, depth: 0)) { stream in
            var messages: [MeshV1.HealthCheckResponse] = []
            for try await message in stream { messages.append(message) }
            return messages
        }
        #expect(received == Array(repeating: .contractSample(.full, depth: 0), count: 3))
    }
}
