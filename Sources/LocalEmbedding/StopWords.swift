/// Very common English function words. They carry no topic, yet in a short query they are most of the
/// words, so they contribute no unigram or trigram features; they still form bigrams ("tax on", "in orbit").
enum StopWords {
    static let words = [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from", "had", "has",
        "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "so", "that", "the",
        "their", "then", "there", "these", "they", "this", "to", "was", "we", "were", "what", "when", "where",
        "which", "who", "why", "will", "with", "you", "your",
    ]

    /// The unigram keys of ``words``, as `FeatureExtractor` computes them.
    static let unigramKeys: Set<UInt64> = Set(
        words.map { word in
            var hash = FeatureHash(namespace: UInt8(ascii: "u"))
            for byte in word.utf8 { hash.add(byte) }
            return FeatureExtractor.key(hash, .unigram)
        })
}
