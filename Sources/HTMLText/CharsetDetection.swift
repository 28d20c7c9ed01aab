/// The encodings ``HTMLText/decode(bytes:contentTypeCharset:)`` can decode.
enum TextEncoding: Equatable {
    case utf8
    case windows1252
    case utf16LittleEndian
    case utf16BigEndian
}

/// Chooses the encoding of an HTML document (see ``HTMLText/decode(bytes:contentTypeCharset:)``).
enum CharsetDetection {
    /// How far into the document a `<meta>` declaring the charset may start.
    static let prescanLength = 1024

    /// The encoding and the length of the byte order mark to skip.
    static func detect(bytes: [UInt8], contentTypeCharset: String?) -> (TextEncoding, Int) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        if let header = contentTypeCharset, let encoding = encoding(label: charsetParameter(header) ?? header) {
            return (encoding, 0)
        }
        if let label = MetaCharsetPrescan.label(in: bytes.prefix(prescanLength)), let encoding = encoding(label: label) {
            // A document cannot describe itself as UTF-16 in ASCII-compatible bytes.
            return (encoding == .utf8 || encoding == .windows1252 ? encoding : .utf8, 0)
        }
        return (.utf8, 0)
    }

    /// The encoding named by a charset label (case- and whitespace-insensitive, quotes ignored), if supported.
    static func encoding(label: String) -> TextEncoding? {
        let normalized = label.lowercased().filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
        switch normalized {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
            return .utf8
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1",
            "iso_8859-1:1987", "latin1", "l1", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "us-ascii", "ascii",
            "ansi_x3.4-1968", "csascii", "iso646-us":
            return .windows1252
        case "utf-16le", "utf-16", "unicode", "ucs-2", "csunicode", "unicodefeff", "iso-10646-ucs-2":
            return .utf16LittleEndian
        case "utf-16be", "unicodefffe":
            return .utf16BigEndian
        default:
            return nil
        }
    }

    /// The value of a `charset=` parameter in a header-like string (`text/html; charset="x"`), if any.
    static func charsetParameter(_ text: String) -> String? {
        let lowered = text.lowercased()
        guard let range = lowered.firstRange(of: "charset") else { return nil }
        var rest = lowered[range.upperBound...].drop { $0.isWhitespace }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0.isWhitespace || $0 == "\"" || $0 == "'" }
        let value = rest.prefix { !$0.isWhitespace && $0 != ";" && $0 != "\"" && $0 != "'" }
        return value.isEmpty ? nil : String(value)
    }
}
