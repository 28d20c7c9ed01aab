import MeshContracts
import MeshCore
import MeshPipeline
import Testing

@Suite("Search (PostgreSQL)", .enabled(if: TestEnvironment.postgresURL != nil))
struct SearchTests {
    static let paragraphs = [
        "The river delta floods every spring, leaving fertile silt across the farmland of the valley.",
        "Quarterly earnings rose as the bank cut costs and raised interest margins on mortgage lending.",
        "The axolotl is a salamander that regenerates entire limbs and parts of its heart after injury.",
        "Knead the dough for ten minutes, let it rise, then bake the bread in a very hot oven.",
        "The orchestra rehearsed the symphony while the conductor adjusted the tempo of the finale.",
    ]

    @Test func distinctiveParagraphRanksFirstAndIndexStaysFresh() async throws {
        try await TestDatabase.with { database in
            let vectors = VectorStore(pool: database.pool)
            let embedder = try LocalEmbeddingProvider()
            let transport = InProcessTransport(services: [
                EmbedderServiceImpl(embedder: embedder, vectors: vectors), SearchServiceImpl(vectors: vectors, embedder: embedder),
            ])
            let search = PipelineV1.SearchClient(transport: transport)
            let corpus = TestEnvironment.unique("corpus")
            _ = try await PipelineV1.EmbedderClient(transport: transport).embed(PipelineV1.EmbedRequest(
                corpusName: corpus,
                chunks: Self.paragraphs.enumerated().map { PipelineV1.EmbedChunk(chunkID: "p\($0.offset)", text: $0.element) },
                sourceURL: "https://example.com/mixed", jobID: "job-1"))

            let response = try await search.search(
                PipelineV1.SearchRequest(corpusName: corpus, query: "which salamander regenerates its limbs?", topK: 3))
            #expect(response.results.count == 3)
            let best = try #require(response.results.first)
            #expect(best.chunkID == "p2")
            #expect(best.text == Self.paragraphs[2])
            #expect(best.sourceURL == "https://example.com/mixed")
            #expect(best.jobID == "job-1")
            #expect(zip(response.results, response.results.dropFirst()).allSatisfy { $0.score >= $1.score })
            #expect(best.score > response.results[1].score)

            // A write bumps the corpus version: the next search sees it without any restart.
            _ = try await PipelineV1.EmbedderClient(transport: transport).embed(PipelineV1.EmbedRequest(
                corpusName: corpus, chunks: [PipelineV1.EmbedChunk(chunkID: "q", text: "The quokka is a small marsupial of Rottnest Island.")],
                sourceURL: "https://example.com/quokka", jobID: "job-2"))
            let fresh = try await search.search(PipelineV1.SearchRequest(corpusName: corpus, query: "quokka marsupial"))
            #expect(fresh.results.first?.chunkID == "q")
            #expect(fresh.results.count == 6)

            // Re-ingesting a URL replaces its rows: the refreshed index drops the old ones (tombstones).
            try await vectors.replaceDocument(corpusName: corpus, sourceURL: "https://example.com/mixed", rows: [
                VectorRow(chunkID: "p0", jobID: "job-3", sourceURL: "https://example.com/mixed", ordinal: 0,
                          text: Self.paragraphs[0], embedding: try await embedder.embed([Self.paragraphs[0]])[0]),
            ])
            let replaced = try await search.search(
                PipelineV1.SearchRequest(corpusName: corpus, query: "which salamander regenerates its limbs?"))
            #expect(Set(replaced.results.map(\.chunkID)) == ["p0", "q"])
            #expect(replaced.results.first { $0.chunkID == "p0" }?.jobID == "job-3")

            #expect(try await search.search(PipelineV1.SearchRequest(corpusName: "unknown_corpus_x", query: "anything")).results.isEmpty)
            let empty = await rpcError { _ = try await search.search(PipelineV1.SearchRequest(corpusName: corpus, query: "   ")) }
            #expect(empty?.code == .invalidArgument)
            #expect(empty?.reason == "missing_query")
            let tooMany = await rpcError {
                _ = try await search.search(PipelineV1.SearchRequest(corpusName: corpus, query: "x", topK: 101))
            }
            #expect(tooMany?.reason == "invalid_top_k")
        }
    }
}
