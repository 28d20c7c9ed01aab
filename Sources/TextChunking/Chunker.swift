/// Splits text into ordered, overlapping chunks of at most `maxTokens` ``Tokenizer`` tokens.
///
/// Definition, with tokens numbered from 0 and a chunk written as the half-open token range `[start, end)`:
///
/// - The first chunk starts at token 0. A chunk starting at `start` may extend to
///   `limit = min(start + maxTokens, tokenCount)`; if that is the end of the text it is the last chunk.
/// - Otherwise the chunk ends early at a *break*, if one lies in the last ~20% of the window
///   (`end` in `limit - max(1, maxTokens / 5) ... limit`): the latest paragraph break (a blank line,
///   or U+2029, between two tokens) if there is one, else the latest sentence end (a `.`, `!` or `?` token
///   followed by whitespace, or a CJK `。！？`). With no break there, the chunk ends at `limit`.
/// - The next chunk starts `overlap` tokens before the previous one's end (`next.start = end - overlap`),
///   so consecutive chunks share exactly `overlap` tokens, breaks or not. A break is only taken if the chunk
///   keeps more than `overlap` tokens, so every chunk advances by at least one token and chunking ends.
///
/// With no early breaks, `N > maxTokens` tokens give `ceil((N - overlap) / (maxTokens - overlap))` chunks.
/// A chunk's text is the original substring from its first token to its last; empty or whitespace-only
/// text gives no chunks. The result depends only on the text and the settings.
public struct Chunker: Sendable, Hashable {
    /// The most tokens in one chunk.
    public let maxTokens: Int
    /// How many tokens consecutive chunks share.
    public let overlap: Int

    /// Creates a chunker; throws ``ChunkerError`` unless `maxTokens >= 1` and `0 <= overlap < maxTokens`.
    public init(maxTokens: Int = 512, overlap: Int = 64) throws(ChunkerError) {
        guard maxTokens >= 1 else {
            throw ChunkerError(
                code: .invalidMaxTokens, setting: "maxTokens", message: "maxTokens must be at least 1, got \(maxTokens)")
        }
        guard overlap >= 0, overlap < maxTokens else {
            throw ChunkerError(
                code: .invalidOverlap, setting: "overlap",
                message: "overlap must be at least 0 and less than maxTokens (\(maxTokens)), got \(overlap)")
        }
        self.maxTokens = maxTokens
        self.overlap = overlap
    }

    /// The chunks of `text`, in order (see the type's documentation for the exact rules).
    public func chunk(_ text: String) -> [TextChunk] {
        text.withContiguousUTF8 { bytes in
            var spans = TokenSpans()
            spans.starts.reserveCapacity(bytes.count / 5)
            spans.ends.reserveCapacity(bytes.count / 5)
            TokenScanner.scan(bytes, into: &spans)
            let breaks = BreakFinder.breaks(bytes, spans)
            return ranges(tokenCount: spans.starts.count, breaks: breaks).enumerated().map { ordinal, range in
                let first = spans.starts[range.lowerBound]
                let last = spans.ends[range.upperBound - 1]
                return TextChunk(
                    ordinal: ordinal,
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self),
                    tokenCount: range.count)
            }
        }
    }

    /// The token ranges of the chunks, given the break kind before each token.
    func ranges(tokenCount: Int, breaks: [BreakKind]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        let slack = max(1, maxTokens / 5)
        while start < tokenCount {
            let limit = min(start + maxTokens, tokenCount)
            guard limit < tokenCount else {
                result.append(start..<limit)
                break
            }
            // Ends below `start + overlap + 1` would not move the next chunk forward.
            let lowest = max(limit - slack, start + overlap + 1)
            var end = limit
            var bestSentence: Int?
            var candidate = limit
            while candidate >= lowest {
                if breaks[candidate] == .paragraph { break }
                if bestSentence == nil, breaks[candidate] == .sentence { bestSentence = candidate }
                candidate -= 1
            }
            if candidate >= lowest {
                end = candidate
            } else if let bestSentence {
                end = bestSentence
            }
            result.append(start..<end)
            start = end - overlap
        }
        return result
    }
}
