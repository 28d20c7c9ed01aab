/// The tokenizer that defines what "a token" means for chunk sizes and overlaps.
///
/// # Tokenizer
///
/// Text is read as Unicode scalars. Whitespace (any scalar with the Unicode `White_Space` property,
/// including no-break and ideographic spaces) separates tokens and belongs to none. Otherwise:
///
/// - **Words**: a maximal run of letters and digits of any script (general categories L* and N*) is one
///   token: `don't` is `don`, `'`, `t`; `3.14` is `3`, `.`, `14`; `naïve` and `Москва` are one token each.
/// - **CJK**: every Han ideograph and every kana is a token on its own, because Chinese and Japanese do
///   not put spaces between words (`東京タワー` is five tokens). Hangul, which uses spaces, forms words.
/// - **Everything else** that is not whitespace (punctuation, symbols, emoji) is a token of one scalar.
/// - **Joiners** never start a new token: combining marks, variation selectors, emoji skin-tone modifiers,
///   tag characters and ZWJ/ZWNJ extend the token before them, and the scalar after a ZWJ does too, so
///   `e` + U+0301, `👍🏽` and `👩‍💻` are one token each; two regional indicators (a flag) are one token.
///   A joiner with nothing before it (at the start or after whitespace) is a one-scalar token.
///   ASCII control characters other than whitespace are treated as joiners.
///
/// The rules look only at the scalars themselves and never at a locale, so tokenization is deterministic
/// everywhere, and tokenizing any token-aligned substring of a text gives exactly the tokens it spans.
/// Counting works on the UTF-8 bytes with an ASCII fast path and allocates nothing.
public enum Tokenizer {
    /// The number of tokens in `text`.
    public static func count(_ text: String) -> Int {
        var counter = TokenCounter()
        text.withContiguousUTF8 { TokenScanner.scan($0, into: &counter) }
        return counter.count
    }

    /// The tokens of `text`, in order, as substrings of it.
    public static func tokens(_ text: String) -> [Substring] {
        var spans = TokenSpans()
        text.withContiguousUTF8 { TokenScanner.scan($0, into: &spans) }
        let utf8 = text.utf8
        return spans.starts.indices.map { token in
            let start = utf8.index(utf8.startIndex, offsetBy: spans.starts[token])
            let end = utf8.index(utf8.startIndex, offsetBy: spans.ends[token])
            return text[start..<end]
        }
    }
}

/// Counts tokens without storing them.
struct TokenCounter: TokenSink {
    var count = 0
    mutating func token(start: Int, end: Int) { count += 1 }
}

/// Stores each token's UTF-8 byte range.
struct TokenSpans: TokenSink {
    var starts: [Int] = []
    var ends: [Int] = []

    mutating func token(start: Int, end: Int) {
        starts.append(start)
        ends.append(end)
    }
}
