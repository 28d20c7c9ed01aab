import MeshContracts
import MeshCore
import TextChunking

/// The chunker (`mesh.pipeline.v1.Chunker`): split text into ordered, overlapping chunks.
public struct ChunkerServiceImpl: PipelineV1.ChunkerService {
    public init() {}

    public func chunk(_ request: PipelineV1.ChunkRequest, context: ServerContext) async throws -> PipelineV1.ChunkResponse {
        guard request.content.utf8.count <= ChunkingSettings.maxContentBytes else {
            throw PipelineErrors.resourceExhausted(
                "too_large", "content exceeds \(ChunkingSettings.maxContentBytes) bytes; submit the URL with POST /jobs")
        }
        let chunker = try ChunkingSettings.chunker(maxTokens: Int(request.maxTokens), overlap: Int(request.overlap))
        let chunks = chunker.chunk(request.content).map { chunk in
            PipelineV1.Chunk(
                ordinal: Int32(clamping: chunk.ordinal), text: chunk.text, tokenCount: Int32(clamping: chunk.tokenCount))
        }
        return PipelineV1.ChunkResponse(chunks: chunks)
    }
}
