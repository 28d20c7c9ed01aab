import Foundation
import LocalEmbedding
import MeshContracts
import MeshCore

/// Search (`mesh.pipeline.v1.Search`): top-k cosine similarity over a corpus's vectors. Vectors
/// are stored L2-normalized and the query is normalized, so the dot product is the cosine.
public struct SearchServiceImpl: PipelineV1.SearchService {
    /// Longest query accepted, in UTF-8 bytes.
    public static let maxQueryBytes = 10_000

    let cache: CorpusIndexCache
    let embedder: any EmbeddingProvider

    public init(vectors: VectorStore, embedder: any EmbeddingProvider) {
        cache = CorpusIndexCache(store: vectors)
        self.embedder = embedder
    }

    public func search(_ request: PipelineV1.SearchRequest, context: ServerContext) async throws
        -> PipelineV1.SearchResponse
    {
        let corpusName = try InputValidation.corpusName(request.corpusName)
        let query = request.query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else { throw PipelineErrors.invalidArgument("missing_query", "query is required") }
        guard query.utf8.count <= Self.maxQueryBytes else {
            throw PipelineErrors.invalidArgument("query_too_long", "query is longer than \(Self.maxQueryBytes) bytes")
        }
        let topK = request.topK == 0 ? 10 : Int(request.topK)
        guard (1...100).contains(topK) else { throw PipelineErrors.invalidArgument("invalid_top_k", "top_k must be 1..100") }

        let index: CorpusIndex?
        do {
            index = try await EmbeddingStoreTiming.measure("read") { try await cache.index(for: corpusName) }
        } catch {
            throw PipelineErrors.storage(error)
        }
        guard let index, index.count > 0 else { return PipelineV1.SearchResponse() }
        let queryVector: [Float]
        do {
            queryVector = VectorNormalization.normalized(try await embedder.embed([query]).first ?? [])
        } catch let failure as StageFailure {
            throw PipelineErrors.unavailable(failure.code, "the query could not be embedded", cause: failure)
        }
        // A query of stop words only has no features: nothing is similar to it.
        guard !VectorNormalization.isZero(queryVector) else { return PipelineV1.SearchResponse() }
        guard queryVector.count == index.dimensions else {
            throw RPCError(
                code: .failedPrecondition, message: "the corpus was embedded with another model", reason: "dimension_mismatch")
        }
        let hits = try VectorMath.topK(query: queryVector, vectors: index.vectors, dimensions: index.dimensions, k: topK)
        return PipelineV1.SearchResponse(results: hits.map { hit in
            PipelineV1.SearchResult(
                chunkID: index.chunkIDs[hit.index], text: index.texts[hit.index], score: hit.score,
                sourceURL: index.sourceURLs[hit.index], jobID: index.jobIDs[hit.index])
        })
    }
}
