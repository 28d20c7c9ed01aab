/// How the tokenizer treats one Unicode scalar (see ``Tokenizer``).
enum ScalarClass: UInt8 {
    /// Separates tokens and is never part of one.
    case space
    /// A letter or digit: consecutive word scalars form one token.
    case word
    /// A CJK ideograph or kana: a token on its own, because those scripts do not separate words with spaces.
    case standalone
    /// A combining mark, variation selector, emoji modifier, tag or zero-width (non-)joiner: extends the
    /// token before it, so "é" written as e + U+0301 or a skin-toned emoji stays whole.
    case joiner
    /// A regional indicator: two in a row form one flag token.
    case regional
    /// Anything else (punctuation, symbols, emoji): a token of one scalar.
    case other

    /// Classes of the ASCII range, indexed by byte: the fast path never consults Unicode properties.
    static let ascii: [ScalarClass] = (0..<128).map { byte in
        switch UInt8(byte) {
        case 0x09...0x0D, 0x20: .space
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"):
            .word
        case 0x00..<0x20, 0x7F: .joiner  // control characters glue onto whatever precedes them
        default: .other
        }
    }

    /// The class of a scalar outside ASCII.
    static func of(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0x200C, 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F, 0xE0100...0xE01EF: return .joiner
        case 0x1F1E6...0x1F1FF: return .regional
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: return .standalone
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .other }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return properties.isIdeographic ? .standalone : .word
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .joiner
        default:
            return .other
        }
    }
}
