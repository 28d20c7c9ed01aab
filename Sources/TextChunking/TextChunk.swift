/// One piece of a chunked text.
public struct TextChunk: Sendable, Hashable {
    /// Position of the chunk in its text, from 0.
    public var ordinal: Int
    /// The original text of the chunk, from its first token to its last (so without edge whitespace).
    public var text: String
    /// The number of ``Tokenizer`` tokens in ``text``.
    public var tokenCount: Int

    /// Creates a chunk.
    public init(ordinal: Int, text: String, tokenCount: Int) {
        self.ordinal = ordinal
        self.text = text
        self.tokenCount = tokenCount
    }
}
