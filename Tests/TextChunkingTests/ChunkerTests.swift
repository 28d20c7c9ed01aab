import Testing
import TextChunking

@Suite("Chunker")
struct ChunkerTests {
    @Test func rejectsBadSettingsNamingThem() {
        #expect(throws: ChunkerError.self) { try Chunker(maxTokens: 0, overlap: 0) }
        do {
            _ = try Chunker(maxTokens: 0, overlap: 0)
        } catch {
            #expect(error.code == .invalidMaxTokens && error.setting == "maxTokens")
        }
        for overlap in [-1, 10, 11] {
            do {
                _ = try Chunker(maxTokens: 10, overlap: overlap)
                Issue.record("overlap \(overlap) accepted")
            } catch {
                #expect(error.code == .invalidOverlap && error.setting == "overlap")
                #expect(error.description.contains("overlap"))
            }
        }
        #expect(throws: Never.self) { try Chunker(maxTokens: 1, overlap: 0) }
    }

    @Test func emptyAndWhitespaceTextGiveNoChunks() throws {
        let chunker = try Chunker()
        #expect(chunker.chunk("").isEmpty)
        #expect(chunker.chunk(" \n\n\t \u{00A0}\u{3000} ").isEmpty)
    }

    @Test func shortTextIsOneTrimmedChunk() throws {
        let chunks = try Chunker(maxTokens: 50, overlap: 5).chunk("\n  Hello, world!  \n")
        #expect(chunks == [TextChunk(ordinal: 0, text: "Hello, world!", tokenCount: 4)])
    }

    @Test(arguments: [(512, 64), (100, 10), (7, 3), (20, 19), (3, 0), (1, 0), (64, 63)])
    func randomTextsKeepEveryPropertyOfTheDefinition(_ maxTokens: Int, _ overlap: Int) throws {
        let chunker = try Chunker(maxTokens: maxTokens, overlap: overlap)
        for seed in UInt64(1)...12 {
            let text = RandomText.make(words: 40 + Int(seed) * 150, seed: seed &* 7919)
            let chunks = chunker.chunk(text)
            let inputTokens = Tokenizer.tokens(text).map(String.init)
            #expect(chunks.map(\.ordinal) == Array(0..<chunks.count))
            #expect(chunker.chunk(text) == chunks, "deterministic")

            var covered: [String] = []
            var previousTokens: [String] = []
            for chunk in chunks {
                let tokens = Tokenizer.tokens(chunk.text).map(String.init)
                #expect(chunk.tokenCount == tokens.count)
                #expect(chunk.tokenCount <= maxTokens && chunk.tokenCount > overlap)
                #expect(text.contains(chunk.text))
                #expect(chunk.text.first.map { !$0.isWhitespace } == true && chunk.text.last.map { !$0.isWhitespace } == true)
                if chunk.ordinal == 0 {
                    covered = tokens
                } else {
                    // The next chunk starts exactly `overlap` tokens before the previous one ended.
                    #expect(Array(tokens.prefix(overlap)) == Array(previousTokens.suffix(overlap)))
                    covered += tokens.dropFirst(overlap)
                }
                previousTokens = tokens
            }
            #expect(covered == inputTokens, "every token exactly once, in order, with overlaps removed")
        }
    }

    @Test(arguments: [(512, 64), (100, 10), (10, 9), (50, 0)])
    func textWithoutBreaksGivesTheFormulaCountAndFullChunks(_ maxTokens: Int, _ overlap: Int) throws {
        let chunker = try Chunker(maxTokens: maxTokens, overlap: overlap)
        let tokenCount = 5_000
        let chunks = chunker.chunk(RandomText.plainWords(tokenCount, seed: 5))
        let expected = (tokenCount - overlap + (maxTokens - overlap) - 1) / (maxTokens - overlap)
        #expect(chunks.count == expected)
        #expect(chunks.dropLast().allSatisfy { $0.tokenCount == maxTokens })
    }

    @Test func eightyThousandWordsGiveACountNearTheFormula() throws {
        let chunker = try Chunker()
        let text = RandomText.make(words: 80_000, seed: 42)
        let tokenCount = Tokenizer.count(text)
        let chunks = chunker.chunk(text)
        let formula = (tokenCount - 64 + 447) / 448
        // Early breaks can only happen in the last 20% of a window (102 tokens), so each chunk
        // advances at least 512 - 102 - 64 tokens.
        let bound = (tokenCount - 64 + 345) / 346
        #expect(chunks.count >= formula && chunks.count <= bound)
        #expect(chunks.allSatisfy { $0.tokenCount <= 512 })
    }

    @Test func prefersAParagraphBreakThenASentenceEndInTheLastFifth() throws {
        let chunker = try Chunker(maxTokens: 10, overlap: 0)
        // With 10 tokens per window, the last fifth is "end after token 8, 9 or 10".
        let paragraph = chunker.chunk("a b c d e f g h\n\ni j k l")
        #expect(paragraph.first?.text == "a b c d e f g h")
        let sentence = chunker.chunk("a b c d e f g h. i j k l m")
        #expect(sentence.first?.text == "a b c d e f g h.")
        let both = chunker.chunk("a b c d e f g h\n\ni. j k l")
        #expect(both.first?.text == "a b c d e f g h", "a paragraph break wins over a later sentence end")
        let early = chunker.chunk("a b. c d e f g h i j k l m")
        #expect(early.first?.text == "a b. c d e f g h i", "a break before the last fifth is not used")
        let noSpace = chunker.chunk("a b c d e f g h.i j k l m")
        #expect(noSpace.first?.tokenCount == 10, "a period not followed by whitespace is not a sentence end")
    }

    @Test func overlapNeverStopsProgress() throws {
        let chunker = try Chunker(maxTokens: 2, overlap: 1)
        let chunks = chunker.chunk(RandomText.make(words: 1_000, seed: 3))
        let tokenCount = Tokenizer.count(RandomText.make(words: 1_000, seed: 3))
        #expect(chunks.count == tokenCount - 1)
        let breaky = try Chunker(maxTokens: 5, overlap: 4).chunk(String(repeating: "a.\n\n", count: 200))
        #expect(breaky.count == 400 - 4)
    }

    @Test func chunksCJKAndEmojiByTheirTokens() throws {
        let text = String(repeating: "東京タワーは高い。", count: 30) + " 👩‍💻🇫🇷 café"
        let chunks = try Chunker(maxTokens: 20, overlap: 4).chunk(text)
        #expect(chunks.allSatisfy { $0.tokenCount <= 20 })
        #expect(chunks.first?.text == "東京タワーは高い。東京タワーは高い。", "a CJK sentence end is a break")
        #expect(chunks.last?.text.hasSuffix("👩‍💻🇫🇷 café") == true)
    }
}
