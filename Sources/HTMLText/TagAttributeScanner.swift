/// Reads the attributes of a start tag, tolerating anything, in time linear in the whole document.
struct TagAttributeScanner {
    /// Where the scanner knows a quote character no longer occurs: a failed search for a closing quote
    /// is never repeated over the same bytes, so unbalanced quotes cannot make scanning quadratic.
    private var noDoubleQuoteFrom = Int.max
    private var noSingleQuoteFrom = Int.max

    /// Scans from just after the tag name to just after the tag's `>` (or the end of the input),
    /// calling `onAttribute` with each attribute's name and value byte ranges (value empty if absent).
    /// A `>` inside a quoted value does not end the tag; an unclosed quote ends the tag at the next `>`.
    mutating func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
        onAttribute: (_ name: Range<Int>, _ value: Range<Int>) -> Void = { _, _ in }
    ) -> (end: Int, selfClosing: Bool) {
        let count = bytes.count
        var index = start
        var selfClosing = false
        while true {
            while index < count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                selfClosing = bytes[index] == UInt8(ascii: "/")
                index += 1
            }
            guard index < count else { return (count, false) }
            if bytes[index] == UInt8(ascii: ">") { return (index + 1, selfClosing) }
            selfClosing = false

            let nameStart = index
            index += 1  // the first character may be anything, even `=`
            while index < count, !isSpace(bytes[index]), !isNameEnd(bytes[index]) { index += 1 }
            let name = nameStart..<index
            while index < count, isSpace(bytes[index]) { index += 1 }
            guard index < count, bytes[index] == UInt8(ascii: "=") else {
                onAttribute(name, index..<index)
                continue
            }
            index += 1
            while index < count, isSpace(bytes[index]) { index += 1 }
            guard index < count else { return (count, false) }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueStart = index + 1
                guard let close = findQuote(bytes, quote, from: valueStart) else {
                    let end = find(bytes, UInt8(ascii: ">"), from: valueStart).map { $0 + 1 } ?? count
                    onAttribute(name, valueStart..<max(valueStart, end - 1))
                    return (end, false)
                }
                onAttribute(name, valueStart..<close)
                index = close + 1
            } else {
                let valueStart = index
                while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                onAttribute(name, valueStart..<index)
            }
        }
    }

    private mutating func findQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ quote: UInt8, from start: Int) -> Int? {
        let isDouble = quote == UInt8(ascii: "\"")
        guard start < (isDouble ? noDoubleQuoteFrom : noSingleQuoteFrom) else { return nil }
        if let found = find(bytes, quote, from: start) { return found }
        if isDouble { noDoubleQuoteFrom = start } else { noSingleQuoteFrom = start }
        return nil
    }

    @inline(__always)
    private func isNameEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }
}

/// HTML whitespace: space, tab, LF, FF, CR.
@inline(__always)
func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
}

/// The index of the first `byte` at or after `start` and before `end` (default: the end of `bytes`).
@inline(__always)
func find(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8, from start: Int, to end: Int? = nil) -> Int? {
    let limit = min(end ?? bytes.count, bytes.count)
    var index = start
    while index < limit {
        if bytes[index] == byte { return index }
        index += 1
    }
    return nil
}

/// Whether the bytes at `start` equal the ASCII lower-case `word`, ignoring ASCII case.
@inline(__always)
func matchesIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ word: [UInt8]) -> Bool {
    guard start >= 0, start + word.count <= bytes.count else { return false }
    for offset in 0..<word.count {
        let byte = bytes[start + offset]
        let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        if lowered != word[offset] { return false }
    }
    return true
}
