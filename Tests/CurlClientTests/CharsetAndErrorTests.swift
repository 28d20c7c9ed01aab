import CurlClient
import Testing

@Suite("charset decoding and error reasons (pure)")
struct CharsetAndErrorTests {
    @Test func decodesDeclaredCharsets() {
        #expect(CharsetDecoder.decode([0x63, 0x61, 0x66, 0xC3, 0xA9], charset: "utf-8") == "café")
        #expect(CharsetDecoder.decode([0xEF, 0xBB, 0xBF, 0x41], charset: nil) == "A", "UTF-8 BOM is dropped")
        #expect(CharsetDecoder.decode([0x63, 0x61, 0x66, 0xE9], charset: "ISO-8859-1") == "café")
        #expect(CharsetDecoder.decode([0xC6, 0x80], charset: "latin1") == "Æ\u{80}")
        #expect(CharsetDecoder.decode([0x93, 0x68, 0x69, 0x94, 0x20, 0x80], charset: "Windows-1252") == "\u{201C}hi\u{201D} €")
        #expect(CharsetDecoder.decode([0x41, 0xE9, 0x42], charset: "x-unknown") == "A\u{FFFD}B")
        #expect(CharsetDecoder.decode([0x41, 0xE9, 0x42], charset: nil) == "A\u{FFFD}B")
    }

    @Test func httpStatusReasons() {
        #expect(FetchError.forHTTPStatus(403)?.reason == "http_403")
        #expect(FetchError.forHTTPStatus(404)?.reason == "http_404")
        #expect(FetchError.forHTTPStatus(410)?.reason == "http_410")
        #expect(FetchError.forHTTPStatus(429)?.reason == "http_429")
        #expect(FetchError.forHTTPStatus(500)?.reason == "http_5xx")
        #expect(FetchError.forHTTPStatus(503)?.reason == "http_5xx")
        #expect(FetchError.forHTTPStatus(200)?.reason == nil)
        #expect(FetchError.forHTTPStatus(304)?.reason == nil)
    }
}
