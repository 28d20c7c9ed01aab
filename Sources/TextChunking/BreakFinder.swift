/// What separates a token from the one before it, for choosing where a chunk ends.
enum BreakKind: UInt8 {
    case none
    /// The previous token ends a sentence.
    case sentence
    /// A blank line (or U+2029 PARAGRAPH SEPARATOR) lies between the two tokens.
    case paragraph
}

/// Finds paragraph and sentence breaks between tokens.
enum BreakFinder {
    /// `result[k]` is the break before token `k` (index 0 and index `tokenCount` are `.none`), so
    /// a chunk ending at token index `k` (exclusive) ends on that break.
    static func breaks(_ bytes: UnsafeBufferPointer<UInt8>, _ spans: TokenSpans) -> [BreakKind] {
        let count = spans.starts.count
        var result = [BreakKind](repeating: .none, count: count + 1)
        guard count > 1 else { return result }
        for token in 1..<count {
            let gapStart = spans.ends[token - 1]
            let gapEnd = spans.starts[token]
            if isParagraphGap(bytes, gapStart, gapEnd) {
                result[token] = .paragraph
            } else if endsSentence(bytes, spans.starts[token - 1], gapStart, gapIsEmpty: gapStart == gapEnd) {
                result[token] = .sentence
            }
        }
        return result
    }

    /// Whether the whitespace between two tokens holds two line breaks (CRLF counting once) or U+2029.
    private static func isParagraphGap(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 2 else { return false }
        var lineBreaks = 0
        var index = start
        while index < end {
            switch bytes[index] {
            case 0x0A:
                lineBreaks += 1
            case 0x0D:
                if index + 1 >= end || bytes[index + 1] != 0x0A { lineBreaks += 1 }
            case 0xE2:  // U+2029 is E2 80 A9
                if index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA9 { return true }
            default:
                break
            }
            if lineBreaks >= 2 { return true }
            index += 1
        }
        return false
    }

    private static func endsSentence(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, gapIsEmpty: Bool
    ) -> Bool {
        switch end - start {
        case 1:
            let byte = bytes[start]
            return !gapIsEmpty && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"))
        case 3:
            // 。 E3 80 82, ！ EF BC 81, ？ EF BC 9F
            let (a, b, c) = (bytes[start], bytes[start + 1], bytes[start + 2])
            return (a == 0xE3 && b == 0x80 && c == 0x82) || (a == 0xEF && b == 0xBC && (c == 0x81 || c == 0x9F))
        default:
            return false
        }
    }
}
