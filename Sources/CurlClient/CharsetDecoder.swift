/// Turns body bytes into text according to a declared charset.
///
/// Only the charsets web pages actually declare in practice are decoded natively;
/// anything unknown falls back to UTF-8 with U+FFFD for invalid sequences, which
/// never fails and never loses the ASCII part of a page.
public enum CharsetDecoder {
    /// Decodes `bytes` as `charset` (case-insensitive label, e.g. `ISO-8859-1`); `nil` means UTF-8.
    public static func decode(_ bytes: [UInt8], charset: String?) -> String {
        switch Charset(label: charset) {
        case .utf8:
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            return String(decoding: body, as: UTF8.self)
        case .latin1:
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case .windows1252:
            return String(String.UnicodeScalarView(bytes.map(windows1252Scalar)))
        }
    }

    private enum Charset {
        case utf8, latin1, windows1252

        init(label: String?) {
            switch label?.trimmingASCIIWhitespace().lowercased() {
            case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "iso-ir-100", "cp819":
                self = .latin1
            // Browsers treat plain ASCII labels as windows-1252 too (WHATWG Encoding), but
            // a page that is really ASCII decodes identically either way.
            case "windows-1252", "cp1252", "x-cp1252":
                self = .windows1252
            default:
                self = .utf8
            }
        }
    }

    /// The 0x80-0x9F block is where windows-1252 differs from ISO-8859-1.
    private static let highControlBlock: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(highControlBlock[Int(byte - 0x80)]) ?? "\u{FFFD}"
    }
}
