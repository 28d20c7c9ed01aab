/// SplitMix64: a tiny seeded generator, so "random" test inputs are the same on every run.
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

/// Random prose mixing scripts, punctuation, sentence ends, line and paragraph breaks.
enum RandomText {
    static let words = [
        "the", "river", "flows", "quickly", "über", "naïve", "café", "東京", "タワー", "数据", "Москва", "😀", "👩‍💻",
        "🇫🇷", "e\u{301}", "don't", "3.14", "x86_64", "hello-world", "αβγ", "한국어", "न्यूज़", "(note)", "#tag", "a",
    ]
    static let separators = [" ", " ", " ", " ", " ", ". ", ", ", "! ", "? ", "\n", "\n\n", "\t", "  \n\n  ", ".\n\n"]

    static func make(words count: Int, seed: UInt64) -> String {
        var generator = SeededGenerator(seed: seed)
        var text = ""
        for index in 0..<count {
            if index > 0 { text += separators[Int(generator.next() % UInt64(separators.count))] }
            text += words[Int(generator.next() % UInt64(words.count))]
        }
        return text
    }

    /// ASCII words separated by single spaces: no sentence or paragraph breaks at all.
    static func plainWords(_ count: Int, seed: UInt64) -> String {
        var generator = SeededGenerator(seed: seed)
        let vocabulary = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
        return (0..<count).map { _ in vocabulary[Int(generator.next() % 10)] }.joined(separator: " ")
    }
}
