import MeshJSON
import Testing

@Suite("JSON parser and writer")
struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(#"{"a":[1,-2.5,true,false,null,"x\u00e9\n"],"b":{},"big":9007199254740993}"#)
        #expect(value["a"] == [1, -2.5, true, false, nil, "xé\n"])
        #expect(value["b"] == .object([]))
        #expect(value["big"] == .integer(9_007_199_254_740_993))
    }

    @Test func decodesSurrogatePairs() throws {
        #expect(try JSONParser.parse(#""\ud83c\udf0d""#) == "🌍")
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(#""\ud83c""#) }
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "tru", "\"unterminated", "[1] 2", "{\"a\":1,}", "\"\u{01}\"",
        "nul", "[", "{\"a\":}", "1e", "\"\\x\"",
    ])
    func rejectsMalformedInput(_ text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }

    @Test func boundsNestingInsteadOfOverflowingTheStack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
        #expect(throws: Never.self) { try JSONParser.parse(String(repeating: "[", count: 60) + String(repeating: "]", count: 60)) }
    }

    @Test func writesCompactEscapedJSONThatParsesBack() throws {
        let value: JSONValue = ["text": "quote \" backslash \\ newline \n tab \t nul \u{0} é", "n": 3, "d": 0.5, "list": [nil, true]]
        let written = JSONWriter.string(value)
        #expect(written == #"{"text":"quote \" backslash \\ newline \n tab \t nul \u0000 é","n":3,"d":0.5,"list":[null,true]}"#)
        #expect(try JSONParser.parse(written) == value)
    }

    @Test func writesNonFiniteNumbersAsProto3Strings() {
        #expect(JSONWriter.string([.double(.nan), .double(.infinity), .double(-.infinity)]) == #"["NaN","Infinity","-Infinity"]"#)
    }

    @Test func prettyPrintingParsesBackToTheSameValue() throws {
        let value: JSONValue = ["a": [1, ["b": "c"]], "e": [], "f": [:]]
        #expect(try JSONParser.parse(JSONWriter.prettyString(value)) == value)
    }
}
