/// Turns lower-cased UTF-8 text into hashed feature keys: word unigrams, word bigrams, and character
/// trigrams of each word with boundary markers (`^` and `$`, encoded as bytes 0x02 and 0x03 so they cannot
/// collide with text).
///
/// A word is a maximal run of letters, digits and combining marks of any script. Each key is a finalized
/// ``FeatureHash`` whose low two bits are replaced by the feature's ``Group``.
struct FeatureExtractor {
    /// The kind of a feature, kept in a key's low two bits so it survives sorting.
    enum Group: UInt64 {
        case unigram = 0
        case bigram = 1
        case trigram = 2
    }

    private static let wordStartMarker: UInt8 = 0x02
    private static let wordEndMarker: UInt8 = 0x03
    private static let asciiIsWord: [Bool] = (0..<128).map { byte in
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
    }

    private(set) var keys: [UInt64] = []
    private var scalarStarts: [Int] = []
    private var previousWord: Range<Int>?

    init(expectedBytes: Int) {
        keys.reserveCapacity(expectedBytes * 2)
        scalarStarts.reserveCapacity(32)
    }

    mutating func extract(_ bytes: UnsafeBufferPointer<UInt8>) {
        let asciiIsWord = Self.asciiIsWord
        var index = 0
        var wordStart = -1
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            let isWord: Bool
            if lead < 0x80 {
                length = 1
                isWord = asciiIsWord[Int(lead)]
            } else {
                let (value, scalarLength) = Self.decodeScalar(bytes, at: index, lead: lead)
                length = scalarLength
                isWord = Self.isWordScalar(value)
            }
            if isWord {
                if wordStart < 0 {
                    wordStart = index
                    scalarStarts.removeAll(keepingCapacity: true)
                }
                scalarStarts.append(index)
            } else if wordStart >= 0 {
                addWord(bytes, wordStart..<index)
                wordStart = -1
            }
            index += length
        }
        if wordStart >= 0 { addWord(bytes, wordStart..<bytes.count) }
    }

    private mutating func addWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) {
        var unigram = FeatureHash(namespace: UInt8(ascii: "u"))
        unigram.add(bytes, word)
        let unigramKey = Self.key(unigram, .unigram)
        let isStopWord = StopWords.unigramKeys.contains(unigramKey)
        if !isStopWord { keys.append(unigramKey) }

        if let previousWord {
            var bigram = FeatureHash(namespace: UInt8(ascii: "b"))
            bigram.add(bytes, previousWord)
            bigram.add(0x20)
            bigram.add(bytes, word)
            keys.append(Self.key(bigram, .bigram))
        }
        previousWord = word

        // Units are ^, each scalar, $; every window of three units is a trigram.
        guard !isStopWord else { return }
        let unitCount = scalarStarts.count + 2
        for first in 0..<(unitCount - 2) {
            var trigram = FeatureHash(namespace: UInt8(ascii: "c"))
            for unit in first..<(first + 3) {
                if unit == 0 {
                    trigram.add(Self.wordStartMarker)
                } else if unit == unitCount - 1 {
                    trigram.add(Self.wordEndMarker)
                } else {
                    let start = scalarStarts[unit - 1]
                    let end = unit < scalarStarts.count ? scalarStarts[unit] : word.upperBound
                    trigram.add(bytes, start..<end)
                }
            }
            keys.append(Self.key(trigram, .trigram))
        }
    }

    @inline(__always)
    static func key(_ hash: FeatureHash, _ group: Group) -> UInt64 {
        hash.finalized & ~3 | group.rawValue
    }

    private static func isWordScalar(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8) -> (UInt32, Int) {
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count, length > 1 else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }
}
