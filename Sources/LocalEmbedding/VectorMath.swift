/// Dot products, cosine similarity and top-k search over `Float` vectors, vectorized with SIMD.
public enum VectorMath {
    /// The dot product of two vectors of equal length.
    ///
    /// - Precondition: `a.count == b.count` (a programming error otherwise).
    public static func dot(_ a: [Float], _ b: [Float]) -> Float {
        precondition(a.count == b.count, "VectorMath.dot needs vectors of equal length")
        return a.withUnsafeBufferPointer { left in
            b.withUnsafeBufferPointer { right in
                guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return 0 }
                return DotKernel.dot(leftBase, rightBase, count: a.count)
            }
        }
    }

    /// The cosine similarity of two vectors of equal length; 0 if either is the zero vector.
    ///
    /// - Precondition: `a.count == b.count`.
    public static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        let normProduct = (dot(a, a) * dot(b, b)).squareRoot()
        return normProduct > 0 ? dot(a, b) / normProduct : 0
    }

    /// The `k` rows of `vectors` with the highest dot product with `query`, best first; equal scores
    /// are ordered by index, lowest first. NaN scores rank below every number.
    ///
    /// `vectors` holds `vectors.count / dimensions` rows of `dimensions` floats back to back. For
    /// L2-normalized rows and query (as ``LocalEmbedder`` produces) the score is the cosine similarity.
    /// Runs in O(n · dimensions + n · log k) time with a heap of `k` entries; `k <= 0` gives `[]`.
    ///
    /// - Throws: ``EmbeddingError`` if `dimensions < 1`, `query.count != dimensions`, or
    ///   `vectors.count` is not a multiple of `dimensions`.
    public static func topK(
        query: [Float], vectors: ContiguousArray<Float>, dimensions: Int, k: Int
    ) throws(EmbeddingError) -> [(index: Int, score: Float)] {
        guard dimensions >= 1 else {
            throw EmbeddingError(code: .invalidDimensions, message: "dimensions must be at least 1, got \(dimensions)")
        }
        guard query.count == dimensions, vectors.count % dimensions == 0 else {
            throw EmbeddingError(
                code: .dimensionMismatch,
                message: "query has \(query.count) values and storage \(vectors.count), for \(dimensions) dimensions")
        }
        let rowCount = vectors.count / dimensions
        guard k > 0, rowCount > 0 else { return [] }

        var heap = TopKHeap(capacity: min(k, rowCount))
        query.withUnsafeBufferPointer { queryBuffer in
            vectors.withUnsafeBufferPointer { storage in
                guard let queryBase = queryBuffer.baseAddress, let storageBase = storage.baseAddress else { return }
                for row in 0..<rowCount {
                    let score = DotKernel.dot(queryBase, storageBase + row * dimensions, count: dimensions)
                    heap.offer(TopKHeap.Entry(index: row, score: score.isNaN ? -.infinity : score))
                }
            }
        }
        return heap.sortedBestFirst().map { (index: $0.index, score: $0.score) }
    }
}

/// The SIMD inner loop shared by ``VectorMath/dot(_:_:)`` and ``VectorMath/topK(query:vectors:dimensions:k:)``.
enum DotKernel {
    @inline(__always)
    static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int) -> Float {
        let rawA = UnsafeRawPointer(a)
        let rawB = UnsafeRawPointer(b)
        let stride = MemoryLayout<Float>.stride
        var sum0 = SIMD16<Float>()
        var sum1 = SIMD16<Float>()
        var index = 0
        // Two independent accumulators keep both vector units busy.
        while index + 32 <= count {
            sum0 += rawA.loadUnaligned(fromByteOffset: index * stride, as: SIMD16<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: index * stride, as: SIMD16<Float>.self)
            sum1 += rawA.loadUnaligned(fromByteOffset: (index + 16) * stride, as: SIMD16<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: (index + 16) * stride, as: SIMD16<Float>.self)
            index += 32
        }
        if index + 16 <= count {
            sum0 += rawA.loadUnaligned(fromByteOffset: index * stride, as: SIMD16<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: index * stride, as: SIMD16<Float>.self)
            index += 16
        }
        var result = (sum0 + sum1).sum()
        while index < count {
            result += a[index] * b[index]
            index += 1
        }
        return result
    }
}
