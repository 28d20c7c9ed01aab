import TextChunking

/// How text is chunked: `Chunker` from TextChunking (its tokenizer and break rules are documented
/// there), 512 tokens with 64 of overlap by default.
public struct ChunkingSettings: Sendable, Hashable {
    public static let defaultMaxTokens = 512
    public static let defaultOverlap = 64
    /// Largest `max_tokens` a caller may ask for.
    public static let maxMaxTokens = 8192
    /// Largest content `Chunk` accepts, in UTF-8 bytes (RESOURCE_EXHAUSTED `too_large` beyond).
    public static let maxContentBytes = 5 * 1024 * 1024

    /// The chunker for a request's `max_tokens`/`overlap` (0 = default). The default overlap is 64
    /// for the default size and an eighth of `max_tokens` for smaller ones, so it always fits.
    static func chunker(maxTokens requestedMax: Int, overlap requestedOverlap: Int) throws -> Chunker {
        let maxTokens = requestedMax == 0 ? defaultMaxTokens : requestedMax
        guard (1...maxMaxTokens).contains(maxTokens) else {
            throw PipelineErrors.invalidArgument("invalid_max_tokens", "max_tokens must be between 1 and \(maxMaxTokens)")
        }
        let overlap = requestedOverlap == 0 ? min(defaultOverlap, maxTokens / 8) : requestedOverlap
        do {
            return try Chunker(maxTokens: maxTokens, overlap: overlap)
        } catch {
            throw PipelineErrors.invalidArgument("invalid_overlap", error.message)
        }
    }
}
