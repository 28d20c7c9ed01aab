import LocalEmbedding
import Testing

@Suite("Vector math")
struct VectorMathTests {
    private static func randomVector(_ count: Int, _ generator: inout SeededGenerator) -> [Float] {
        (0..<count).map { _ in Float.random(in: -1...1, using: &generator) }
    }

    @Test(arguments: [0, 1, 7, 15, 16, 17, 31, 32, 33, 100, 384, 1_000])
    func dotMatchesAScalarReference(_ count: Int) {
        var generator = SeededGenerator(seed: UInt64(count) + 1)
        let a = Self.randomVector(count, &generator)
        let b = Self.randomVector(count, &generator)
        var reference = 0.0
        for index in 0..<count { reference += Double(a[index]) * Double(b[index]) }
        #expect(abs(Double(VectorMath.dot(a, b)) - reference) < 1e-4)
    }

    @Test func cosineIsScaleInvariantAndZeroForTheZeroVector() {
        let a: [Float] = [1, 2, 3, 4]
        #expect(abs(VectorMath.cosine(a, a.map { $0 * 10 }) - 1) < 1e-6)
        #expect(abs(VectorMath.cosine(a, a.map { -$0 }) + 1) < 1e-6)
        #expect(VectorMath.cosine(a, [0, 0, 0, 0]) == 0)
        #expect(abs(VectorMath.cosine([1, 0], [0, 1])) < 1e-7)
    }

    @Test(arguments: [1, 5, 10, 100, 2_000])
    func topKMatchesABruteForceSort(_ k: Int) throws {
        var generator = SeededGenerator(seed: UInt64(k) * 31)
        let dimensions = 24
        let rows = 1_000
        var storage = ContiguousArray<Float>()
        for _ in 0..<rows { storage += Self.randomVector(dimensions, &generator) }
        // Duplicate rows give exact ties, which must come out by index.
        for row in stride(from: 0, to: 200, by: 10) {
            for dimension in 0..<dimensions { storage[(row + 500) * dimensions + dimension] = storage[row * dimensions + dimension] }
        }
        let query = Self.randomVector(dimensions, &generator)

        let hits = try VectorMath.topK(query: query, vectors: storage, dimensions: dimensions, k: k)
        var scored: [(index: Int, score: Float)] = []
        for row in 0..<rows {
            let vector = Array(storage[(row * dimensions)..<((row + 1) * dimensions)])
            scored.append((index: row, score: VectorMath.dot(query, vector)))
        }
        scored.sort { $0.score > $1.score || ($0.score == $1.score && $0.index < $1.index) }
        let expected = Array(scored.prefix(k))
        #expect(hits.map { $0.index } == expected.map { $0.index })
        #expect(hits.map { $0.score } == expected.map { $0.score })
    }

    @Test func topKRejectsMismatchedShapesAndHandlesEdges() throws {
        let storage = ContiguousArray<Float>([1, 0, 0, 1, 1, 1])
        #expect(throws: EmbeddingError.self) { try VectorMath.topK(query: [1, 0, 0], vectors: storage, dimensions: 2, k: 1) }
        #expect(throws: EmbeddingError.self) { try VectorMath.topK(query: [1], vectors: storage, dimensions: 4, k: 1) }
        #expect(throws: EmbeddingError.self) { try VectorMath.topK(query: [], vectors: storage, dimensions: 0, k: 1) }
        #expect(try VectorMath.topK(query: [1, 0], vectors: storage, dimensions: 2, k: 0).isEmpty)
        #expect(try VectorMath.topK(query: [1, 0], vectors: [], dimensions: 2, k: 3).isEmpty)
        let hits = try VectorMath.topK(query: [1, 0], vectors: storage, dimensions: 2, k: 5)
        #expect(hits.map { $0.index } == [0, 2, 1], "ties (rows 0 and 2 both score 1) by index, all rows when k > n")
    }
}

/// SplitMix64, so random inputs are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
