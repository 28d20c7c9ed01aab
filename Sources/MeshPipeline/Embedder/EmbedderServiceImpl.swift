import MeshContracts
import MeshCore

/// The embedder (`mesh.pipeline.v1.Embedder`): embed the given chunks and upsert them by chunk id.
/// (The gateway lets only service keys call it.)
public struct EmbedderServiceImpl: PipelineV1.EmbedderService {
    /// Most chunks in one request.
    public static let maxChunks = 1024
    /// Longest chunk text, in UTF-8 bytes.
    public static let maxChunkBytes = 256 * 1024

    let embedder: any EmbeddingProvider
    let vectors: VectorStore

    public init(embedder: any EmbeddingProvider, vectors: VectorStore) {
        self.embedder = embedder
        self.vectors = vectors
    }

    public func embed(_ request: PipelineV1.EmbedRequest, context: ServerContext) async throws -> PipelineV1.EmbedResponse {
        let corpusName = try InputValidation.corpusName(request.corpusName)
        guard request.chunks.count <= Self.maxChunks else {
            throw PipelineErrors.resourceExhausted("too_large", "at most \(Self.maxChunks) chunks per request")
        }
        for chunk in request.chunks {
            guard !chunk.chunkID.isEmpty, chunk.chunkID.utf8.count <= 128 else {
                throw PipelineErrors.invalidArgument("invalid_chunk_id", "every chunk needs a chunk_id of 1-128 bytes")
            }
            guard chunk.text.utf8.count <= Self.maxChunkBytes else {
                throw PipelineErrors.resourceExhausted("too_large", "a chunk text exceeds \(Self.maxChunkBytes) bytes")
            }
        }
        guard !request.chunks.isEmpty else { return PipelineV1.EmbedResponse(upserted: 0) }
        let embeddings: [[Float]]
        do {
            embeddings = try await embedder.embed(request.chunks.map(\.text))
        } catch let failure as StageFailure {
            throw PipelineErrors.unavailable(failure.code, failure.message, cause: failure)
        }
        let rows = zip(request.chunks.indices, request.chunks).map { position, chunk in
            VectorRow(
                chunkID: chunk.chunkID, jobID: request.jobID, sourceURL: request.sourceURL, ordinal: position,
                text: chunk.text, embedding: embeddings[position])
        }
        do {
            try await vectors.upsert(corpusName: corpusName, rows: rows)
        } catch {
            throw PipelineErrors.storage(error)
        }
        return PipelineV1.EmbedResponse(upserted: Int32(rows.count))
    }
}
