/// Builds the extracted text: paragraphs separated by a blank line, whitespace collapsed to single spaces
/// outside preformatted content, lines within a paragraph separated by a newline.
struct ParagraphWriter {
    private var output: [UInt8] = []
    private var paragraph: [UInt8] = []
    private var pendingSpace = false
    private var skipLeadingNewline = false
    /// Whether whitespace is kept as written (inside `<pre>`).
    var preformatted = false

    init(capacity: Int) {
        output.reserveCapacity(capacity)
        paragraph.reserveCapacity(1024)
    }

    /// Appends text bytes (UTF-8, no markup, no references).
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0xC2, index + 1 < range.upperBound, bytes[index + 1] == 0xA0, !preformatted {
                pendingSpace = true  // a raw no-break space collapses like any space
                index += 2
                continue
            }
            append(byte)
            index += 1
        }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if preformatted {
            if byte == 0x0D { return }
            if skipLeadingNewline {
                skipLeadingNewline = false
                if byte == 0x0A { return }
            }
            paragraph.append(byte)
        } else if isSpace(byte) {
            pendingSpace = true
        } else {
            if pendingSpace, let last = paragraph.last, last != 0x0A { paragraph.append(0x20) }
            pendingSpace = false
            paragraph.append(byte)
        }
    }

    /// Appends a decoded character reference.
    mutating func append(scalar value: UInt32) {
        if value == 0xA0, !preformatted {
            pendingSpace = true
            return
        }
        UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { append($0) }
    }

    /// Marks a word break that is not in the source whitespace (between table cells).
    mutating func space() {
        pendingSpace = true
    }

    /// Ends the current line, unless it is empty.
    mutating func lineBreak() {
        trimTrailingSpaces()
        if let last = paragraph.last, last != 0x0A { paragraph.append(0x0A) }
        pendingSpace = false
    }

    /// Ends the current paragraph, unless it is empty.
    mutating func paragraphBreak() {
        trimTrailingSpaces()
        while paragraph.last == 0x0A { paragraph.removeLast() }
        if !paragraph.isEmpty {
            if !output.isEmpty { output.append(contentsOf: [0x0A, 0x0A]) }
            output.append(contentsOf: paragraph)
            paragraph.removeAll(keepingCapacity: true)
        }
        pendingSpace = false
    }

    /// Starts a preformatted block; like browsers, one newline right after `<pre>` is not content.
    mutating func beginPreformatted() {
        paragraphBreak()
        preformatted = true
        skipLeadingNewline = true
    }

    /// The finished text.
    mutating func finish() -> String {
        paragraphBreak()
        return String(decoding: output, as: UTF8.self)
    }

    private mutating func trimTrailingSpaces() {
        while let last = paragraph.last, last == 0x20 || last == 0x09 || last == 0x0C { paragraph.removeLast() }
    }
}
