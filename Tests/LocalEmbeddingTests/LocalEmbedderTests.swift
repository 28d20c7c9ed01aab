import LocalEmbedding
import Testing

@Suite("Local embedder")
struct LocalEmbedderTests {
    @Test func rejectsNonPositiveDimensions() {
        #expect(throws: EmbeddingError.self) { try LocalEmbedder(dimensions: 0) }
        do {
            _ = try LocalEmbedder(dimensions: -3)
        } catch {
            #expect(error.code == .invalidDimensions)
        }
    }

    @Test func sameTextGivesTheSameVectorAndPinnedValues() throws {
        let embedder = try LocalEmbedder()
        let text = "The quick brown fox jumps over the lazy dog."
        let vector = embedder.embed(text)
        #expect(vector == embedder.embed([text, text])[1])
        #expect(vector == (try LocalEmbedder()).embed(text))
        // Computed once; a change here means embeddings stored earlier no longer match new ones.
        let firstNonZero = vector.enumerated().filter { $0.element != 0 }.prefix(6)
        #expect(firstNonZero.map { $0.offset } == Golden.quickBrownFoxBuckets)
        #expect(firstNonZero.map { $0.element } == Golden.quickBrownFoxValues)
        #expect(vector.count == 384)

        // Repeated words exercise the 1 + ln(tf) weighting; non-ASCII exercises the lower-casing.
        let repeated = embedder.embed("Bees, bees, BEES: the hive hums. Café für Bienen.")
        let largest = repeated.enumerated().sorted {
            abs($0.element) > abs($1.element) || (abs($0.element) == abs($1.element) && $0.offset < $1.offset)
        }.prefix(4)
        #expect(largest.map { $0.offset } == Golden.repeatedBuckets)
        #expect(largest.map { $0.element } == Golden.repeatedValues)
    }

    @Test func vectorsHaveUnitNorm() throws {
        let embedder = try LocalEmbedder(dimensions: 97)
        for text in TopicFixtures.paragraphs + ["z", "to be", "東京タワー", "ÉCOLE école", "x y z 1 2 3"] {
            let vector = embedder.embed(text)
            #expect(vector.count == 97)
            let norm = vector.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
            #expect(abs(norm - 1) < 1e-5)
        }
    }

    @Test(arguments: ["", "   \n\t", "!!! ... ---", "The"])
    func textWithoutWordsIsTheZeroVector(_ text: String) throws {
        let vector = try LocalEmbedder(dimensions: 16).embed(text)
        #expect(vector == [Float](repeating: 0, count: 16))
    }

    @Test func lowerCasesBeforeHashing() throws {
        let embedder = try LocalEmbedder()
        #expect(embedder.embed("Honey BEES") == embedder.embed("honey bees"))
        #expect(embedder.embed("honey bees") != embedder.embed("bees honey"), "bigrams keep some word order")
    }

    @Test func everyTopicalQueryFindsItsParagraphFirst() throws {
        let embedder = try LocalEmbedder()
        let paragraphs = embedder.embed(TopicFixtures.paragraphs)
        let storage = ContiguousArray(paragraphs.joined())
        for (topic, query) in TopicFixtures.queries.enumerated() {
            let hits = try VectorMath.topK(
                query: embedder.embed(query), vectors: storage, dimensions: embedder.dimensions, k: 3)
            #expect(hits.first?.index == topic, "query: \(query), hits: \(hits)")
            #expect(hits[0].score > hits[1].score + 0.05, "a clear winner for: \(query)")
        }
    }

    @Test func similarTextsScoreHigherThanUnrelatedOnes() throws {
        let embedder = try LocalEmbedder()
        let bees = embedder.embed("worker bees collect nectar for the hive")
        let moreBees = embedder.embed("the hive's worker bee collects nectar")
        let tax = embedder.embed("penalties for late filing of a tax return")
        #expect(VectorMath.cosine(bees, moreBees) > 0.3)
        #expect(VectorMath.cosine(bees, moreBees) > VectorMath.cosine(bees, tax) + 0.2)
    }
}

/// The first non-zero buckets of "The quick brown fox jumps over the lazy dog." at 384 dimensions.
enum Golden {
    static let quickBrownFoxBuckets = [0, 21, 43, 51, 55, 57]
    static let quickBrownFoxValues: [Float] = [
        0.107211255, -0.107211255, 0.21442251, -0.107211255, 0.107211255, -0.21442251,
    ]
    /// The four largest-magnitude buckets of "Bees, bees, BEES: the hive hums. Café für Bienen.".
    static let repeatedBuckets = [180, 242, 225, 53]
    static let repeatedValues: [Float] = [-0.38987464, 0.3145484, 0.287826, 0.19493732]
}
