import LocalEmbedding

/// Turns texts into vectors. Implementations return one L2-normalized vector per text, in order, and
/// throw `StageFailure` (e.g. `inference_unavailable`) when they cannot.
public protocol EmbeddingProvider: Sendable {
    func embed(_ texts: [String]) async throws -> [[Float]]
}

/// The built-in embedder (feature hashing, 384 dimensions by default): no GPU, no network, deterministic.
public struct LocalEmbeddingProvider: EmbeddingProvider {
    let embedder: LocalEmbedder

    public init(dimensions: Int = 384) throws {
        embedder = try LocalEmbedder(dimensions: dimensions)
    }

    public func embed(_ texts: [String]) async throws -> [[Float]] {
        embedder.embed(texts)
    }
}

enum VectorNormalization {
    /// `vector / |vector|`, or the vector unchanged if it is zero (then every score with it is 0).
    static func normalized(_ vector: [Float]) -> [Float] {
        let norm = VectorMath.dot(vector, vector).squareRoot()
        guard norm > 0, norm.isFinite else { return vector }
        return vector.map { $0 / norm }
    }

    static func isZero(_ vector: [Float]) -> Bool {
        vector.allSatisfy { $0 == 0 }
    }
}
