import Testing
import TextChunking

@Suite("Tokenizer")
struct TokenizerTests {
    @Test(arguments: [
        ("The quick brown fox.", ["The", "quick", "brown", "fox", "."]),
        ("don't stop", ["don", "'", "t", "stop"]),
        ("pi is 3.14!", ["pi", "is", "3", ".", "14", "!"]),
        ("naïve Москва café", ["naïve", "Москва", "café"]),
        ("東京タワー", ["東", "京", "タ", "ワ", "ー"]),
        ("한국어 텍스트", ["한국어", "텍스트"]),
        ("cafe\u{301} ok", ["cafe\u{301}", "ok"]),
        ("hi 👍🏽👩‍💻 🇫🇷🇩🇪", ["hi", "👍🏽", "👩‍💻", "🇫🇷", "🇩🇪"]),
        ("a\u{00A0}b\u{3000}c", ["a", "b", "c"]),
        ("x86_64", ["x86", "_", "64"]),
        ("", []),
        (" \n\t ", []),
    ])
    func splitsAsDocumented(_ text: String, _ expected: [String]) {
        #expect(Tokenizer.tokens(text).map(String.init) == expected)
        #expect(Tokenizer.count(text) == expected.count)
    }

    @Test func countAgreesWithTokensOnRandomText() {
        for seed in UInt64(1)...20 {
            let text = RandomText.make(words: 300, seed: seed)
            #expect(Tokenizer.count(text) == Tokenizer.tokens(text).count)
        }
    }

    @Test func tokensAreTheTextWithoutWhitespace() {
        let text = RandomText.make(words: 2_000, seed: 99)
        let joined = Tokenizer.tokens(text).joined()
        #expect(joined.unicodeScalars.elementsEqual(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }
}
