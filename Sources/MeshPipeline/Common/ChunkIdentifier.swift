/// Deterministic chunk ids: the same URL ingested into the same corpus gives the same ids, so a
/// re-ingest replaces rows instead of adding new ones.
public enum ChunkIdentifier {
    /// 32 hex digits (128 bits) of SHA-256 over the corpus, the URL and the ordinal, NUL-separated
    /// so that no two different triples share an input.
    public static func make(corpusName: String, url: String, ordinal: Int) -> String {
        let input = Array(corpusName.utf8) + [0] + Array(url.utf8) + [0] + Array(String(ordinal).utf8)
        return Hex.encode(SHA256.digest(input).prefix(16))
    }
}
