/// The windows-1252 code page, which browsers also use for pages labelled iso-8859-1, latin1 or us-ascii.
enum Windows1252 {
    /// Code points of bytes 0x80–0x9F; the five bytes windows-1252 leaves undefined map to the C1
    /// control of the same value, as the WHATWG Encoding Standard specifies.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D,
        0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A,
        0x153, 0x9D, 0x17E, 0x178,
    ]

    /// The Unicode scalar value of a windows-1252 byte.
    @inline(__always)
    static func scalar(for byte: UInt8) -> UInt32 {
        (0x80...0x9F).contains(byte) ? high[Int(byte - 0x80)] : UInt32(byte)
    }

    /// Decodes windows-1252 bytes (every byte is valid, so nothing is ever replaced).
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                utf8.append(byte)
            } else {
                UTF8.encode(Unicode.Scalar(scalar(for: byte)) ?? "\u{FFFD}") { utf8.append($0) }
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
