/// The state of one extraction: a cursor over the bytes, open counters of dropped elements and the writer.
struct HTMLScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var writer: ParagraphWriter
    private var attributes = TagAttributeScanner()
    private var droppedOpen = [Int](repeating: 0, count: HTMLElements.droppedNames.count)
    private var droppedTotal = 0
    private var preformattedDepth = 0
    private var title: String?

    private var suppressed: Bool { droppedTotal > 0 }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        writer = ParagraphWriter(capacity: bytes.count / 2)
    }

    mutating func run() -> ExtractedText {
        var index = 0
        while index < bytes.count {
            let markup = find(bytes, UInt8(ascii: "<"), from: index) ?? bytes.count
            if !suppressed { writeText(index..<markup, into: &writer) }
            index = markup < bytes.count ? handleMarkup(at: markup) : markup
        }
        return ExtractedText(title: title ?? "", text: writer.finish())
    }

    /// Writes text with character references decoded.
    private func writeText(_ range: Range<Int>, into writer: inout ParagraphWriter) {
        var index = range.lowerBound
        while index < range.upperBound {
            let ampersand = find(bytes, UInt8(ascii: "&"), from: index, to: range.upperBound) ?? range.upperBound
            writer.append(bytes, index..<ampersand)
            index = ampersand
            guard index < range.upperBound else { return }
            let reference = UnsafeBufferPointer(rebasing: bytes[..<range.upperBound])
            if let (scalar, end) = HTMLEntities.parse(reference, at: index) {
                writer.append(scalar: scalar)
                index = end
            } else {
                writer.append(UInt8(ascii: "&"))
                index += 1
            }
        }
    }

    /// Handles whatever starts with the `<` at `start`; returns the index after it.
    private mutating func handleMarkup(at start: Int) -> Int {
        let next = start + 1
        guard next < bytes.count else { return literalLessThan(at: start) }
        switch bytes[next] {
        case UInt8(ascii: "!"):
            if matchesIgnoringCase(bytes, at: next + 1, Array("--".utf8)) {
                return endOfComment(from: start + 2)
            }
            return find(bytes, UInt8(ascii: ">"), from: next).map { $0 + 1 } ?? bytes.count
        case UInt8(ascii: "?"):
            return find(bytes, UInt8(ascii: ">"), from: next).map { $0 + 1 } ?? bytes.count
        case UInt8(ascii: "/"):
            guard next + 1 < bytes.count, isASCIILetter(bytes[next + 1]) else {
                // `</>` is ignored, `</ …>` and other oddities are bogus comments.
                return find(bytes, UInt8(ascii: ">"), from: next).map { $0 + 1 } ?? bytes.count
            }
            let (name, nameEnd) = readName(from: next + 1)
            endTag(name)
            return find(bytes, UInt8(ascii: ">"), from: nameEnd).map { $0 + 1 } ?? bytes.count
        case let byte where isASCIILetter(byte):
            let (name, nameEnd) = readName(from: next)
            let (end, selfClosing) = attributes.scan(bytes, from: nameEnd)
            return startTag(name, endOfTag: end, selfClosing: selfClosing)
        default:
            return literalLessThan(at: start)
        }
    }

    private mutating func literalLessThan(at start: Int) -> Int {
        if !suppressed { writer.append(UInt8(ascii: "<")) }
        return start + 1
    }

    /// After the `-->` that ends a comment begun at `<!--` (`from` points at the first `-`), or the end.
    private func endOfComment(from start: Int) -> Int {
        var index = start
        while let dash = find(bytes, UInt8(ascii: "-"), from: index) {
            if dash + 2 < bytes.count, bytes[dash + 1] == UInt8(ascii: "-"), bytes[dash + 2] == UInt8(ascii: ">") {
                return dash + 3
            }
            index = dash + 1
        }
        return bytes.count
    }

    private mutating func startTag(_ name: String?, endOfTag: Int, selfClosing: Bool) -> Int {
        guard let name else { return endOfTag }
        switch HTMLElements.role(of: name) {
        case .dropped(let counter):
            if !suppressed { writer.paragraphBreak() }
            if !selfClosing {
                droppedOpen[counter] += 1
                droppedTotal += 1
            }
        case .droppedRawText:
            if !suppressed { writer.paragraphBreak() }
            return selfClosing ? endOfTag : endOfRawText(name, from: endOfTag).after
        case .title:
            guard !selfClosing else { return endOfTag }
            let (contentEnd, after) = endOfRawText(name, from: endOfTag)
            if title == nil, !suppressed {
                var titleWriter = ParagraphWriter(capacity: contentEnd - endOfTag)
                writeText(endOfTag..<contentEnd, into: &titleWriter)
                title = titleWriter.finish()
            }
            return after
        case _ where suppressed:
            break
        case .paragraph:
            writer.paragraphBreak()
        case .preformatted:
            preformattedDepth += 1
            writer.beginPreformatted()
        case .line:
            writer.lineBreak()
        case .cell:
            writer.space()
        case .inline:
            break
        }
        return endOfTag
    }

    private mutating func endTag(_ name: String?) {
        guard let name else { return }
        let role = HTMLElements.role(of: name)
        if case .dropped(let counter) = role, droppedOpen[counter] > 0 {
            droppedOpen[counter] -= 1
            droppedTotal -= 1
            return
        }
        guard !suppressed else { return }
        switch role {
        case .paragraph:
            writer.paragraphBreak()
        case .preformatted:
            writer.paragraphBreak()
            preformattedDepth = max(0, preformattedDepth - 1)
            writer.preformatted = preformattedDepth > 0
        case .line:
            writer.lineBreak()
        case .cell:
            writer.space()
        case .dropped, .droppedRawText, .title, .inline:
            break
        }
    }

    /// The end of the content of a raw-text element (the `<` of its end tag, or the end of the input)
    /// and the index after its end tag.
    private func endOfRawText(_ name: String, from start: Int) -> (contentEnd: Int, after: Int) {
        let word = Array(name.utf8)
        var index = start
        while let lessThan = find(bytes, UInt8(ascii: "<"), from: index) {
            let afterName = lessThan + 2 + word.count
            if lessThan + 1 < bytes.count, bytes[lessThan + 1] == UInt8(ascii: "/"),
                matchesIgnoringCase(bytes, at: lessThan + 2, word),
                afterName >= bytes.count || isSpace(bytes[afterName]) || bytes[afterName] == UInt8(ascii: ">")
                    || bytes[afterName] == UInt8(ascii: "/")
            {
                let after = find(bytes, UInt8(ascii: ">"), from: min(afterName, bytes.count)).map { $0 + 1 } ?? bytes.count
                return (lessThan, after)
            }
            index = lessThan + 1
        }
        return (bytes.count, bytes.count)
    }

    /// Reads a tag name from `start`; the name is lower-cased, or nil if implausibly long (an unknown element).
    private func readName(from start: Int) -> (String?, Int) {
        var end = start
        while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: ">") {
            end += 1
        }
        let length = end - start
        guard length <= 16 else { return (nil, end) }
        let name = String(unsafeUninitializedCapacity: length) { buffer in
            for offset in 0..<length {
                let byte = bytes[start + offset]
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return length
        }
        return (name, end)
    }

    @inline(__always)
    private func isASCIILetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }
}
