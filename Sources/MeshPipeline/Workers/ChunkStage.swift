import Logging
import TextChunking
import MeshContracts

/// Chunking: split the job's document (512 tokens, 64 overlap) and store the chunks with their
/// deterministic ids.
public struct ChunkStage: StageHandler {
    public var stage: PipelineStage { .chunking }

    let documents: DocumentStore
    let chunks: ChunkStore

    public init(documents: DocumentStore, chunks: ChunkStore) {
        self.documents = documents
        self.chunks = chunks
    }

    public func process(_ task: PipelineV1.StageTask, logger: Logger) async throws -> StageOutput {
        guard let content = try await documents.content(jobID: task.jobID) else {
            throw StageFailure(code: "document_missing", message: "no scraped document is stored for the job")
        }
        let chunker = try ChunkingSettings.chunker(maxTokens: 0, overlap: 0)
        let stored = chunker.chunk(content).map { chunk in
            StoredChunk(
                ordinal: chunk.ordinal,
                chunkID: ChunkIdentifier.make(corpusName: task.corpusName, url: task.url, ordinal: chunk.ordinal),
                text: chunk.text, tokenCount: chunk.tokenCount)
        }
        try await chunks.replace(jobID: task.jobID, chunks: stored)
        logger.info("document chunked", metadata: ["chunk_count": "\(stored.count)"])
        return .completed(chunkCount: stored.count)
    }
}
