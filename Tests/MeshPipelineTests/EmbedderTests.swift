import Foundation
import LocalEmbedding
import MeshContracts
import MeshCore
import MeshPipeline
import PostgresClient
import Testing

@Suite("Embedder")
struct EmbedderTests {
    static func client(_ mock: MockInference, maxAttempts: Int = 5, breakerThreshold: Int = 100) throws -> InferenceEmbeddingClient {
        try InferenceEmbeddingClient(
            settings: InferenceSettings(
                baseURL: mock.server.baseURL + "/", model: "mock", batchSize: 32, maxAttempts: maxAttempts,
                backoff: Backoff(initial: .milliseconds(10), maximum: .milliseconds(50)), requestTimeout: .seconds(5),
                breaker: CircuitBreaker.Configuration(failureThreshold: breakerThreshold, coolDown: .seconds(60))),
            logger: TestEnvironment.logger)
    }

    static func stageFailure(_ operation: () async throws -> Void) async -> StageFailure? {
        do {
            try await operation()
            return nil
        } catch let failure as StageFailure {
            return failure
        } catch {
            return StageFailure(code: "unexpected", message: "\(error)")
        }
    }

    @Test(.enabled(if: TestEnvironment.python != nil))
    func inferenceRetriesThenSucceedsInBatches() async throws {
        try await MockInference.with { mock in
            let client = try Self.client(mock)
            try await mock.control(fail: 2)
            let vectors = try await client.embed(["alpha beta", "gamma"])
            #expect(vectors.count == 2)
            #expect(vectors.allSatisfy { $0.count == 16 })
            #expect(abs(VectorMath.dot(vectors[0], vectors[0]) - 1) < 1e-4)
            #expect(try await mock.stats().requests == 3)

            let many = try await client.embed((0..<70).map { "text number \($0)" })
            #expect(many.count == 70)
            let stats = try await mock.stats()
            #expect(stats.requests == 6)
            #expect(stats.maxBatch == 32)
        }
    }

    @Test(.enabled(if: TestEnvironment.python != nil))
    func inferenceDownGivesInferenceUnavailableAfterFiveAttempts() async throws {
        try await MockInference.with { mock in
            let client = try Self.client(mock)
            try await mock.control(fail: 1000)
            let failure = await Self.stageFailure { _ = try await client.embed(["x"]) }
            #expect(failure?.code == "inference_unavailable")
            #expect(try await mock.stats().requests == 5)

            try await mock.control(fail: 1, status: 400)
            let rejected = await Self.stageFailure { _ = try await client.embed(["x"]) }
            #expect(rejected?.code == "inference_rejected")
            #expect(try await mock.stats().requests == 6, "a 400 is not retried")
        }
    }

    @Test(.enabled(if: TestEnvironment.python != nil))
    func breakerOpensAndFailsFastWithoutCallingTheServer() async throws {
        try await MockInference.with { mock in
            let client = try Self.client(mock, breakerThreshold: 3)
            try await mock.control(fail: 1000)
            let first = await Self.stageFailure { _ = try await client.embed(["x"]) }
            #expect(first?.code == "inference_unavailable")
            #expect(try await mock.stats().requests == 3)
            #expect(client.breaker.state == .open)
            let started = ContinuousClock.now
            let second = await Self.stageFailure { _ = try await client.embed(["y"]) }
            #expect(second?.code == "inference_unavailable")
            #expect(ContinuousClock.now - started < .milliseconds(500))
            #expect(try await mock.stats().requests == 3, "an open breaker sends nothing")
        }
    }

    @Test(.enabled(if: TestEnvironment.postgresURL != nil))
    func reingestingAURLReplacesItsVectors() async throws {
        try await TestDatabase.with { database in
            let chunks = ChunkStore(pool: database.pool)
            let vectors = VectorStore(pool: database.pool)
            let stage = EmbedStage(chunks: chunks, vectors: vectors, embedder: try LocalEmbeddingProvider())
            let corpus = TestEnvironment.unique("corpus")
            let url = "https://example.com/doc"
            func store(jobID: String, count: Int) async throws {
                try await chunks.replace(jobID: jobID, chunks: (0..<count).map { ordinal in
                    StoredChunk(
                        ordinal: ordinal, chunkID: ChunkIdentifier.make(corpusName: corpus, url: url, ordinal: ordinal),
                        text: "chunk \(ordinal) of \(jobID)", tokenCount: 4)
                })
                let task = PipelineV1.StageTask(jobID: jobID, stage: .embedding, url: url, corpusName: corpus)
                #expect(try await stage.process(task, logger: TestEnvironment.logger) == .completed(chunkCount: nil))
            }
            try await store(jobID: "first", count: 5)
            #expect(try await vectors.count(corpusName: corpus, sourceURL: url) == 5)
            try await store(jobID: "first", count: 5)
            #expect(try await vectors.count(corpusName: corpus, sourceURL: url) == 5, "a re-delivered task does not duplicate")
            try await store(jobID: "second", count: 3)
            let rows = try await database.pool.query(
                "SELECT job_id, count(*) FROM vectors WHERE corpus_name = $1 GROUP BY job_id", [.text(corpus)])
            #expect(rows.count == 1)
            #expect(try rows.first?.decode(String.self, at: 0) == "second")
            #expect(try rows.first?.decode(Int.self, at: 1) == 3)
        }
    }

    @Test(.enabled(if: TestEnvironment.postgresURL != nil))
    func embedRPCUpsertsByChunkID() async throws {
        try await TestDatabase.with { database in
            let vectors = VectorStore(pool: database.pool)
            let service = EmbedderServiceImpl(embedder: try LocalEmbeddingProvider(), vectors: vectors)
            let client = PipelineV1.EmbedderClient(transport: InProcessTransport(services: [service]))
            let corpus = TestEnvironment.unique("corpus")
            let request = PipelineV1.EmbedRequest(
                corpusName: corpus,
                chunks: [PipelineV1.EmbedChunk(chunkID: "a", text: "first text"), PipelineV1.EmbedChunk(chunkID: "b", text: "second")],
                sourceURL: "https://example.com/x", jobID: "j")
            let options = TestEnvironment.options(caller: "svc", role: "service")
            #expect(try await client.embed(request, options: options).upserted == 2)
            #expect(try await client.embed(request, options: options).upserted == 2)
            #expect(try await vectors.count(corpusName: corpus, sourceURL: "https://example.com/x") == 2)
            #expect(try await vectors.version(corpusName: corpus) == 2)
            let bad = await rpcError {
                _ = try await client.embed(PipelineV1.EmbedRequest(corpusName: corpus, chunks: [PipelineV1.EmbedChunk(text: "x")]))
            }
            #expect(bad?.reason == "invalid_chunk_id")
            let elsewhere = await rpcError {
                _ = try await client.embed(PipelineV1.EmbedRequest(
                    corpusName: TestEnvironment.unique("other"), chunks: [PipelineV1.EmbedChunk(chunkID: "a", text: "x")]))
            }
            #expect(elsewhere?.reason == "chunk_id_in_other_corpus")
            #expect(try await vectors.count(corpusName: corpus, sourceURL: "https://example.com/x") == 2)
        }
    }
}
