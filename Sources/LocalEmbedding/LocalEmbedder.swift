/// A dependency-free text embedder: feature hashing of words, word pairs and character trigrams.
///
/// For a text, lower-cased (ASCII directly, other scalars by their Unicode lower-case mapping):
/// 1. features are extracted (see `FeatureExtractor`): each word (a run of letters, digits and combining
///    marks of any script), each pair of consecutive words, and each character trigram of `^word$`;
///    about fifty English function words ("the", "how", "does", … see `StopWords`) give no unigram or
///    trigram, only bigrams, so that they do not dominate short queries;
/// 2. each feature is hashed with FNV-1a 64 plus the `fmix64` finalizer (fixed and platform-independent,
///    never Swift's per-process-seeded `Hasher`); bits 3… pick the bucket (`mod dimensions`), bit 2 the sign;
/// 3. a feature occurring `tf` times adds `sign · weight · (1 + ln tf)` to its bucket, where the weight is
///    1 for unigrams, 1 for bigrams and ``trigramWeight`` for trigrams (there are several per word);
/// 4. the vector is L2-normalized. A text with no features — no words (empty, whitespace, punctuation
///    only) or a lone stop word — embeds to the **zero vector**, whose cosine with anything is 0.
///
/// Arithmetic is done in `Double` in a fixed order with IEEE basic operations only (including the
/// logarithm, see `DeterministicLog`), so the same text gives bit-identical `Float`s in every process
/// on every machine.
public struct LocalEmbedder: Sendable, Hashable {
    /// Weight of one character trigram relative to a word; a word has about as many trigrams as letters.
    public static let trigramWeight = 0.5

    private static let groupWeights: [Double] = [1, 1, trigramWeight, 0]
    /// `1 + ln(tf)` for the frequencies that nearly all features have.
    private static let smallFrequencyWeights: [Double] = (0..<64).map {
        $0 == 0 ? 0 : 1 + DeterministicLog.naturalLog(Double($0))
    }

    @inline(__always)
    private static func sublinearFrequency(_ frequency: Int) -> Double {
        frequency < smallFrequencyWeights.count
            ? smallFrequencyWeights[frequency] : 1 + DeterministicLog.naturalLog(Double(frequency))
    }

    /// The UTF-8 of the lower-cased text: ASCII is lowered byte by byte, other scalars by their full
    /// Unicode lower-case mapping (as `String.lowercased()` does, without building a `String`).
    private static func lowercasedUTF8(_ text: String) -> [UInt8] {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                lowered.append(UInt8(value >= 0x41 && value <= 0x5A ? value | 0x20 : value))
            } else if scalar.properties.changesWhenLowercased {
                lowered.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                UTF8.encode(scalar) { lowered.append($0) }
            }
        }
        return lowered
    }

    /// Length of every vector this embedder returns.
    public let dimensions: Int

    /// Creates an embedder; throws ``EmbeddingError`` if `dimensions < 1`.
    public init(dimensions: Int = 384) throws(EmbeddingError) {
        guard dimensions >= 1 else {
            throw EmbeddingError(code: .invalidDimensions, message: "dimensions must be at least 1, got \(dimensions)")
        }
        self.dimensions = dimensions
    }

    /// One L2-normalized vector per text, in order (the zero vector for a text without features).
    public func embed(_ texts: [String]) -> [[Float]] {
        texts.map { embed($0) }
    }

    /// The L2-normalized vector of `text` (the zero vector if it has no features).
    public func embed(_ text: String) -> [Float] {
        let bytes = Self.lowercasedUTF8(text)
        var extractor = FeatureExtractor(expectedBytes: bytes.count)
        bytes.withUnsafeBufferPointer { extractor.extract($0) }
        var counts = FeatureCounts(keyCount: extractor.keys.count)
        for key in extractor.keys { counts.add(key) }

        let bucketCount = UInt64(dimensions)
        var sums = [Double](repeating: 0, count: dimensions)
        counts.forEach { key, frequency in
            let weight = Self.groupWeights[Int(key & 3)] * Self.sublinearFrequency(frequency)
            let bucket = Int((key >> 3) % bucketCount)
            sums[bucket] += (key >> 2) & 1 == 0 ? weight : -weight
        }

        var squares = 0.0
        for value in sums { squares += value * value }
        guard squares > 0 else { return [Float](repeating: 0, count: dimensions) }
        let inverseNorm = 1 / squares.squareRoot()
        return sums.map { Float($0 * inverseNorm) }
    }
}
