/// Receives token spans from ``TokenScanner`` (a protocol so that each use is specialised, with no closure call per token).
protocol TokenSink {
    /// A token occupying UTF-8 bytes `start..<end` of the scanned text.
    mutating func token(start: Int, end: Int)
}

/// The single implementation of the tokenizer rules in ``Tokenizer``, over UTF-8 bytes, with an ASCII fast path.
enum TokenScanner {
    private enum Run { case word, single, regionalOpen }

    static func scan<Sink: TokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        let count = bytes.count
        let asciiClasses = ScalarClass.ascii
        var index = 0
        var tokenStart = -1
        var run = Run.single
        var joinNext = false  // set after a zero-width joiner: the next scalar continues the token

        while index < count {
            let lead = bytes[index]
            var length = 1
            var value = UInt32(lead)
            let scalarClass: ScalarClass
            if lead < 0x80 {
                scalarClass = asciiClasses[Int(lead)]
                if scalarClass == .word, tokenStart >= 0, run == .word {
                    // The hot loop: the rest of an ASCII word.
                    index += 1
                    while index < count, bytes[index] < 0x80, asciiClasses[Int(bytes[index])] == .word { index += 1 }
                    joinNext = false
                    continue
                }
            } else {
                (value, length) = decodeScalar(bytes, at: index, lead: lead)
                scalarClass = ScalarClass.of(value)
            }

            if scalarClass == .space {
                if tokenStart >= 0 { sink.token(start: tokenStart, end: index) }
                tokenStart = -1
                joinNext = false
            } else if tokenStart >= 0, joinNext || scalarClass == .joiner
                || (scalarClass == .word && run == .word) || (scalarClass == .regional && run == .regionalOpen)
            {
                if scalarClass == .regional {
                    run = .single
                } else if joinNext {
                    run = scalarClass == .word && run == .word ? .word : .single
                }
                joinNext = value == 0x200D
            } else {
                if tokenStart >= 0 { sink.token(start: tokenStart, end: index) }
                tokenStart = index
                run = switch scalarClass {
                case .word: .word
                case .regional: .regionalOpen
                default: .single
                }
                joinNext = value == 0x200D
            }
            index += length
        }
        if tokenStart >= 0 { sink.token(start: tokenStart, end: count) }
    }

    /// Decodes the scalar starting at `index`; the bytes come from a `String`, so they are valid UTF-8,
    /// but a truncated sequence is still decoded without reading past the end.
    @inline(__always)
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8) -> (UInt32, Int) {
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count, length > 1 else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }
}

extension String {
    /// Runs `body` over the string's UTF-8 bytes, making them contiguous first if they are not (bridged strings).
    func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var copy = self
        return try copy.withUTF8(body)
    }
}
