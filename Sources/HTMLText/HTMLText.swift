/// Decoding of fetched HTML bytes into a `String`.
public enum HTMLText {
    /// Decodes an HTML document, choosing the encoding from, in order:
    /// 1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE; the mark is removed);
    /// 2. `contentTypeCharset`: the `charset` of the HTTP Content-Type — either the bare label
    ///    (`"ISO-8859-1"`) or the whole header value (`"text/html; charset=ISO-8859-1"`);
    /// 3. a `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` that starts
    ///    within the first 1024 bytes;
    /// 4. otherwise UTF-8.
    ///
    /// Supported: UTF-8, windows-1252, and, as browsers do (WHATWG Encoding Standard), iso-8859-1, latin1
    /// and us-ascii read as windows-1252 (identical except that 0x80–0x9F are the printable characters
    /// such as curly quotes); UTF-16 only with a BOM or a Content-Type label (a `<meta>` claiming UTF-16
    /// means UTF-8). An unknown label is ignored and the next source is consulted, so an unlabelled or
    /// unknown encoding ends as UTF-8, with invalid sequences replaced by U+FFFD.
    public static func decode(bytes: [UInt8], contentTypeCharset: String?) -> String {
        let (encoding, bomLength) = CharsetDetection.detect(bytes: bytes, contentTypeCharset: contentTypeCharset)
        let body = bytes[bomLength...]
        switch encoding {
        case .utf8:
            return String(decoding: body, as: UTF8.self)
        case .windows1252:
            return Windows1252.decode(body)
        case .utf16LittleEndian, .utf16BigEndian:
            let littleEndian = encoding == .utf16LittleEndian
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var index = body.startIndex
            while index + 1 < body.endIndex {
                let (first, second) = (UInt16(body[index]), UInt16(body[index + 1]))
                units.append(littleEndian ? first | second << 8 : first << 8 | second)
                index += 2
            }
            var text = String(decoding: units, as: UTF16.self)
            if index < body.endIndex { text.append("\u{FFFD}") }  // an odd trailing byte
            return text
        }
    }
}
