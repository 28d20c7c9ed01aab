/// One corpus's vectors in memory: a flat row-major `ContiguousArray<Float>` for `VectorMath.topK`,
/// and the per-row fields of the results. Immutable once built, so searches share it without locks.
final class CorpusIndex: Sendable {
    let version: Int
    let dimensions: Int
    let chunkIDs: [String]
    let texts: [String]
    let sourceURLs: [String]
    let jobIDs: [String]
    let vectors: ContiguousArray<Float>

    var count: Int { chunkIDs.count }

    private init(builder: Builder, version: Int) {
        self.version = version
        dimensions = builder.dimensions ?? 0
        chunkIDs = builder.chunkIDs
        texts = builder.texts
        sourceURLs = builder.sourceURLs
        jobIDs = builder.jobIDs
        vectors = builder.vectors
    }

    struct Builder {
        var dimensions: Int?
        var chunkIDs: [String] = []
        var texts: [String] = []
        var sourceURLs: [String] = []
        var jobIDs: [String] = []
        var vectors = ContiguousArray<Float>()

        /// Adds a row whose embedding is the text of a `float4[]`; rows that do not parse or whose
        /// dimension differs from the first row's are skipped.
        mutating func add(chunkID: String, text: String, sourceURL: String, jobID: String, embeddingText: ArraySlice<UInt8>) {
            guard let added = FloatArrayText.append(embeddingText, to: &vectors) else { return }
            let expected = dimensions ?? added
            guard added > 0, added == expected else {
                vectors.removeLast(added)
                return
            }
            dimensions = expected
            chunkIDs.append(chunkID)
            texts.append(text)
            sourceURLs.append(sourceURL)
            jobIDs.append(jobID)
        }

        init() {}

        /// The rows of `index` except those whose chunk id is in `dropped`.
        init(keeping index: CorpusIndex, without dropped: Set<String>) {
            dimensions = index.count > 0 ? index.dimensions : nil
            vectors.reserveCapacity(index.vectors.count)
            for row in 0..<index.count where !dropped.contains(index.chunkIDs[row]) {
                chunkIDs.append(index.chunkIDs[row])
                texts.append(index.texts[row])
                sourceURLs.append(index.sourceURLs[row])
                jobIDs.append(index.jobIDs[row])
                let start = row * index.dimensions
                vectors.append(contentsOf: index.vectors[start..<start + index.dimensions])
            }
        }

        /// These rows followed by `other`'s (rows of another dimension are skipped).
        func merged(with other: Builder) -> Builder {
            guard let otherDimensions = other.dimensions else { return self }
            var result = self
            let dimensions = result.dimensions ?? otherDimensions
            guard dimensions == otherDimensions else { return result }
            result.dimensions = dimensions
            result.chunkIDs += other.chunkIDs
            result.texts += other.texts
            result.sourceURLs += other.sourceURLs
            result.jobIDs += other.jobIDs
            result.vectors += other.vectors
            return result
        }

        func build(version: Int) -> CorpusIndex {
            CorpusIndex(builder: self, version: version)
        }
    }
}
