import HTMLText
import Testing

@Suite("Charset decoding")
struct CharsetTests {
    private static func bytes(_ ascii: String) -> [UInt8] { Array(ascii.utf8) }

    @Test func latin1ContentTypeDecodesAccents() {
        let body = Self.bytes("<p>caf") + [0xE9] + Self.bytes(" cr") + [0xE8, 0x6D, 0x65] + Self.bytes("</p>")
        #expect(HTMLText.decode(bytes: body, contentTypeCharset: "ISO-8859-1") == "<p>café crème</p>")
        #expect(HTMLText.decode(bytes: body, contentTypeCharset: "text/html; charset=\"latin1\"") == "<p>café crème</p>")
        // The same bytes as UTF-8 are invalid and replaced, never dropped or crashed on.
        #expect(HTMLText.decode(bytes: body, contentTypeCharset: nil) == "<p>caf\u{FFFD} cr\u{FFFD}me</p>")
    }

    @Test func windows1252MapsTheC1RangeToItsPrintableCharacters() {
        let body: [UInt8] = [0x93, 0x68, 0x69, 0x94, 0x20, 0x91, 0x96, 0x92, 0x20, 0x80, 0x35, 0x85, 0x20, 0x99, 0x81]
        let expected = "“hi” ‘–’ €5… ™\u{81}"
        #expect(HTMLText.decode(bytes: body, contentTypeCharset: "windows-1252") == expected)
        #expect(HTMLText.decode(bytes: body, contentTypeCharset: "iso-8859-1") == expected, "as browsers do")
        #expect(HTMLText.decode(bytes: body, contentTypeCharset: "us-ascii") == expected)
    }

    @Test func metaCharsetIsDetectedInTheFirstKilobyte() {
        let html5 = Self.bytes("<html><head><meta charset=\"windows-1252\"><title>x</title></head><p>") + [0x93, 0x71, 0x94]
        #expect(HTMLText.decode(bytes: html5, contentTypeCharset: nil).hasSuffix("<p>“q”"))

        let httpEquiv = Self.bytes(
            "<!-- <meta charset=utf-8> --><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-1'><p>")
            + [0xE9]
        #expect(HTMLText.decode(bytes: httpEquiv, contentTypeCharset: nil).hasSuffix("<p>é"))

        let contentWithoutHttpEquiv = Self.bytes("<meta content='text/html; charset=ISO-8859-1'><p>") + [0xE9]
        #expect(HTMLText.decode(bytes: contentWithoutHttpEquiv, contentTypeCharset: nil).hasSuffix("<p>\u{FFFD}"))

        let tooLate = Self.bytes(String(repeating: " ", count: 1_100) + "<meta charset=latin1><p>") + [0xE9]
        #expect(HTMLText.decode(bytes: tooLate, contentTypeCharset: nil).hasSuffix("<p>\u{FFFD}"))
    }

    @Test func precedenceIsBOMThenHeaderThenMeta() {
        let meta = Self.bytes("<meta charset=utf-8><p>") + [0xE9]
        #expect(HTMLText.decode(bytes: meta, contentTypeCharset: "iso-8859-1").hasSuffix("<p>é"), "header beats meta")
        let utf8Text = Self.bytes("<meta charset=latin1><p>") + Array("é".utf8)
        #expect(HTMLText.decode(bytes: [0xEF, 0xBB, 0xBF] + utf8Text, contentTypeCharset: "latin1").hasSuffix("<p>é"))
        let utf16LE: [UInt8] = [0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00, 0x3D, 0xD8, 0x00, 0xDE]
        #expect(HTMLText.decode(bytes: utf16LE, contentTypeCharset: nil) == "hé😀")
        let utf16BE: [UInt8] = [0xFE, 0xFF, 0x00, 0x68, 0x00, 0xE9]
        #expect(HTMLText.decode(bytes: utf16BE, contentTypeCharset: "latin1") == "hé")
    }

    @Test func unknownLabelsFallBackToUTF8() {
        let text = Array("naïve 😀".utf8)
        #expect(HTMLText.decode(bytes: text, contentTypeCharset: "x-klingon") == "naïve 😀")
        let labelled = Self.bytes("<meta charset=\"bogus\">") + text
        #expect(HTMLText.decode(bytes: labelled, contentTypeCharset: "") == "<meta charset=\"bogus\">naïve 😀")
        #expect(HTMLText.decode(bytes: [], contentTypeCharset: nil) == "")
        #expect(HTMLText.decode(bytes: [0xFF, 0xFE, 0x41], contentTypeCharset: nil) == "\u{FFFD}")
    }
}
