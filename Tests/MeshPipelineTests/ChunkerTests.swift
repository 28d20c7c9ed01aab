import MeshContracts
import MeshCore
import MeshPipeline
import Testing

@Suite("Chunker service")
struct ChunkerTests {
    let client = PipelineV1.ChunkerClient(transport: InProcessTransport(services: [ChunkerServiceImpl()]))

    static func words(_ count: Int) -> String {
        (0..<count).map { index in index % 15 == 14 ? "word\(index)." : "word\(index)" }.joined(separator: " ")
    }

    @Test func chunksAreOrderedBoundedAndOverlapping() async throws {
        let response = try await client.chunk(PipelineV1.ChunkRequest(content: Self.words(3000), maxTokens: 200, overlap: 20))
        let chunks = response.chunks
        #expect(chunks.count > 10)
        #expect(chunks.map(\.ordinal) == Array(0..<Int32(chunks.count)))
        #expect(chunks.allSatisfy { $0.tokenCount > 0 && $0.tokenCount <= 200 })
        for (previous, next) in zip(chunks, chunks.dropFirst()) {
            // Consecutive chunks share their edge: the next one starts inside the previous one.
            let firstWord = next.text.split(separator: " ").first.map(String.init) ?? ""
            #expect(previous.text.contains(firstWord))
        }
        #expect(chunks.first?.text.hasPrefix("word0 ") == true)
        #expect(chunks.last?.text.hasSuffix("word2999.") == true)
    }

    @Test func defaultsAndEmptyText() async throws {
        #expect(try await client.chunk(PipelineV1.ChunkRequest(content: "")).chunks.isEmpty)
        #expect(try await client.chunk(PipelineV1.ChunkRequest(content: "  \n\n ")).chunks.isEmpty)
        let chunks = try await client.chunk(PipelineV1.ChunkRequest(content: Self.words(2000))).chunks
        #expect(chunks.allSatisfy { $0.tokenCount <= 512 })
        #expect(chunks.count >= 4)
    }

    @Test func badSettingsAndOversizedContentAreRefused() async throws {
        let overlap = await rpcError { _ = try await client.chunk(PipelineV1.ChunkRequest(content: "a b", maxTokens: 10, overlap: 10)) }
        #expect(overlap?.code == .invalidArgument)
        #expect(overlap?.reason == "invalid_overlap")
        let size = await rpcError { _ = try await client.chunk(PipelineV1.ChunkRequest(content: "a", maxTokens: 100_000)) }
        #expect(size?.reason == "invalid_max_tokens")
        let huge = String(repeating: "x", count: ChunkingSettings.maxContentBytes + 1)
        let tooLarge = await rpcError { _ = try await client.chunk(PipelineV1.ChunkRequest(content: huge)) }
        #expect(tooLarge?.code == .resourceExhausted)
        #expect(tooLarge?.reason == "too_large")
    }

    @Test func eightyThousandWordDocument() async throws {
        let text = Self.words(80_000)
        let started = ContinuousClock.now
        let chunks = try await client.chunk(PipelineV1.ChunkRequest(content: text)).chunks
        let elapsed = ContinuousClock.now - started
        #expect(chunks.count > 150)
        #expect(chunks.allSatisfy { $0.tokenCount <= 512 })
        #expect(chunks.last?.text.hasSuffix("word79999") == true)
        #expect(elapsed < .seconds(10), "80,000 words took \(elapsed)")
    }
}
