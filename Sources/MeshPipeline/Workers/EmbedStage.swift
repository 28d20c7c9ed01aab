import Logging
import MeshContracts

/// Embedding: embed the job's chunks and replace the URL's vectors in the corpus (so a re-ingest
/// replaces, never duplicates). `inference_unavailable` from the embedder fails the job.
public struct EmbedStage: StageHandler {
    public var stage: PipelineStage { .embedding }

    let chunks: ChunkStore
    let vectors: VectorStore
    let embedder: any EmbeddingProvider

    public init(chunks: ChunkStore, vectors: VectorStore, embedder: any EmbeddingProvider) {
        self.chunks = chunks
        self.vectors = vectors
        self.embedder = embedder
    }

    public func process(_ task: PipelineV1.StageTask, logger: Logger) async throws -> StageOutput {
        let stored = try await chunks.chunks(jobID: task.jobID)
        let embeddings = try await embedder.embed(stored.map(\.text))
        guard embeddings.count == stored.count else {
            throw StageFailure(code: "embedding_mismatch", message: "the embedder returned a wrong number of vectors")
        }
        let rows = zip(stored, embeddings).map { chunk, embedding in
            VectorRow(
                chunkID: chunk.chunkID, jobID: task.jobID, sourceURL: task.url, ordinal: chunk.ordinal, text: chunk.text,
                embedding: VectorNormalization.normalized(embedding))
        }
        try await vectors.replaceDocument(corpusName: task.corpusName, sourceURL: task.url, rows: rows)
        logger.info("chunks embedded", metadata: ["chunk_count": "\(rows.count)"])
        return .completed(chunkCount: nil)
    }
}
