/// Character references: the common named entities and numeric references.
enum HTMLEntities {
    /// Named entities recognised (with a terminating `;`); others are left in the text as written.
    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "hellip": 0x2026, "mdash": 0x2014, "ndash": 0x2013,
        "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D, "sbquo": 0x201A, "bdquo": 0x201E,
        "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A, "bull": 0x2022, "middot": 0xB7,
        "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7, "divide": 0xF7, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE,
        "sup2": 0xB2, "sup3": 0xB3, "micro": 0xB5, "euro": 0x20AC, "pound": 0xA3, "yen": 0xA5, "cent": 0xA2,
        "sect": 0xA7, "para": 0xB6, "shy": 0xAD, "iexcl": 0xA1, "iquest": 0xBF, "ordf": 0xAA, "ordm": 0xBA,
        "dagger": 0x2020, "Dagger": 0x2021, "permil": 0x2030, "prime": 0x2032, "Prime": 0x2033,
        "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003, "zwj": 0x200D, "zwnj": 0x200C, "lrm": 0x200E,
        "rlm": 0x200F, "larr": 0x2190, "uarr": 0x2191, "rarr": 0x2192, "darr": 0x2193, "harr": 0x2194,
        "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "minus": 0x2212, "infin": 0x221E, "asymp": 0x2248,
        "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3, "auml": 0xE4, "aring": 0xE5, "aelig": 0xE6,
        "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA, "euml": 0xEB, "igrave": 0xEC,
        "iacute": 0xED, "icirc": 0xEE, "iuml": 0xEF, "ntilde": 0xF1, "ograve": 0xF2, "oacute": 0xF3,
        "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6, "oslash": 0xF8, "ugrave": 0xF9, "uacute": 0xFA,
        "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD, "yuml": 0xFF, "szlig": 0xDF,
        "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4, "Aring": 0xC5, "AElig": 0xC6,
        "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Euml": 0xCB, "Iacute": 0xCD,
        "Ntilde": 0xD1, "Oacute": 0xD3, "Ocirc": 0xD4, "Ouml": 0xD6, "Oslash": 0xD8, "Uacute": 0xDA,
        "Uuml": 0xDC, "oelig": 0x153, "OElig": 0x152, "scaron": 0x161, "Scaron": 0x160,
        "alpha": 0x3B1, "beta": 0x3B2, "gamma": 0x3B3, "delta": 0x3B4, "epsilon": 0x3B5, "lambda": 0x3BB,
        "mu": 0x3BC, "pi": 0x3C0, "sigma": 0x3C3, "omega": 0x3C9, "Delta": 0x394, "Omega": 0x3A9,
        "hearts": 0x2665, "check": 0x2713,
    ]

    /// Parses a character reference starting at the `&` at `start`.
    ///
    /// Returns the scalar and the index after the reference, or `nil` if there is no valid reference
    /// (the `&` is then literal text). Numeric references may omit the `;`; named ones may not.
    /// Invalid code points (0, surrogates, beyond U+10FFFF) become U+FFFD; 0x80–0x9F are read as
    /// windows-1252, as browsers do.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (scalar: UInt32, end: Int)? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "#") {
            index += 1
            let isHex = index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "x")
            if isHex { index += 1 }
            let digitsStart = index
            var value: UInt32 = 0
            while index < bytes.count, let digit = digitValue(bytes[index], hex: isHex) {
                value = min(value * (isHex ? 16 : 10) + digit, 0x11_0000)
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < bytes.count, bytes[index] == UInt8(ascii: ";") { index += 1 }
            return (sanitized(value), index)
        }
        while index < bytes.count, index - start <= 32, isASCIIAlphanumeric(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ";"), index > start + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<index]), as: UTF8.self)
        guard let scalar = named[name] else { return nil }
        return (scalar, index + 1)
    }

    private static func sanitized(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x80...0x9F: return Windows1252.scalar(for: UInt8(value))
        case 0, 0xD800...0xDFFF, 0x11_0000...: return 0xFFFD
        default: return value
        }
    }

    @inline(__always)
    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= 0x30 && byte <= 0x39)
    }
}
