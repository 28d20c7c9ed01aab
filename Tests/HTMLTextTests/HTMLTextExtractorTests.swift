import HTMLText
import Testing

@Suite("HTML text extraction")
struct HTMLTextExtractorTests {
    static let article = """
        <!DOCTYPE html>
        <html><head>
          <title>  Volcanoes &amp; Lava  </title>
          <style>body { color: red } .lead > p { margin: 0 }</style>
          <script>var x = "<p>not text</p>"; if (a < b && c > d) { document.write("</div>") }</script>
        </head>
        <body>
          <header><h1>Site name</h1><a href="/">Home</a></header>
          <nav><ul><li>Menu one</li><li>Menu two</li></ul></nav>
          <article>
            <h1>How   volcanoes
               erupt</h1>
            <p>Magma rises &mdash; slowly.<br>Then it <em>erupts</em>.</p>
            <!-- a comment <p>hidden</p> -->
            <h2>Types</h2>
            <div>Shield volcanoes<div>nested block</div></div>
            <ul><li>Stratovolcano</li><li>Cinder cone</li></ul>
            <noscript>Enable JavaScript</noscript>
            <svg><title>icon title</title><text>svg text</text></svg>
            <form><label>Email</label><input name="q"></form>
          </article>
          <aside>Related links</aside>
          <footer>Copyright 2024</footer>
        </body></html>
        """

    @Test func dropsBoilerplateAndKeepsBlocksInOrder() {
        let extracted = HTMLTextExtractor.extract(html: Self.article)
        #expect(extracted.title == "Volcanoes & Lava")
        #expect(
            extracted.text == """
                How volcanoes erupt

                Magma rises — slowly.
                Then it erupts.

                Types

                Shield volcanoes

                nested block

                Stratovolcano
                Cinder cone
                """)
        for boilerplate in [
            "Site name", "Menu", "not text", "color", "hidden", "JavaScript", "icon", "svg text", "Email", "Related",
            "Copyright", "document",
        ] {
            #expect(!extracted.text.contains(boilerplate), "\(boilerplate) should be dropped")
        }
    }

    @Test(arguments: [
        ("a &amp; b &lt;c&gt; &quot;q&quot; &apos;s&apos;", "a & b <c> \"q\" 's'"),
        ("&copy; &reg; &trade; &hellip; &ndash; &mdash;", "© ® ™ … – —"),
        ("&lsquo;x&rsquo; &ldquo;y&rdquo; caf&eacute; &Eacute;t&eacute; &uuml;ber &szlig; &euro;5", "‘x’ “y” café Été über ß €5"),
        ("&#65;&#x42;&#X43; &#128512; &#x1F600;", "ABC 😀 😀"),
        ("&#150; &#0; &#xD800; &#x110000;", "– \u{FFFD} \u{FFFD} \u{FFFD}"),
        ("&unknown; &amp &; &#; &#x; AT&T", "&unknown; &amp &; &#; &#x; AT&T"),
        ("a&nbsp;&nbsp;b\u{00A0}c", "a b c"),
    ])
    func decodesCharacterReferences(_ html: String, _ text: String) {
        #expect(HTMLTextExtractor.extract(html: "<p>\(html)</p>").text == text)
    }

    @Test func namedEntityTableIsBroad() {
        let names = [
            "amp", "lt", "gt", "quot", "apos", "nbsp", "copy", "reg", "hellip", "mdash", "ndash", "lsquo", "rsquo",
            "ldquo", "rdquo", "eacute", "egrave", "agrave", "ccedil", "ouml", "auml", "uuml", "szlig", "euro",
            "pound", "yen", "deg", "times", "divide", "laquo", "raquo", "bull", "middot", "para", "sect",
        ]
        for name in names {
            #expect(HTMLTextExtractor.extract(html: "x&\(name);y").text != "x&\(name);y", "&\(name);")
        }
    }

    @Test func keepsPreformattedWhitespace() {
        let html = "<p>a   b</p><pre>\nline 1\n    indented  x\nline 3</pre><p>c \n d</p>"
        #expect(HTMLTextExtractor.extract(html: html).text == "a b\n\nline 1\n    indented  x\nline 3\n\nc d")
    }

    @Test func tableCellsAreSeparatedAndRowsAreLines() {
        let html = "<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>"
        #expect(HTMLTextExtractor.extract(html: html).text == "a b\nc d")
    }

    @Test(arguments: [
        ("<p>unclosed <b>bold <i>both", "unclosed bold both"),
        ("<p>1 < 2 and 3 > 2</p>", "1 < 2 and 3 > 2"),
        ("<p>a <<b>b</b> < </p>", "a <b <"),
        ("<a title=\"x > y\" href='a>b'>link</a> after", "link after"),
        ("<p title=unquoted>x</p><p data-x=\"unclosed>y</p>", "x\n\ny"),  // an unclosed quote ends at the next >
        ("<p>text<!-- never closed <p>more", "text"),
        ("<p>text<script>never closed", "text"),
        ("<P CLASS=x>Upper</P><SCRIPT>hidden</SCRIPT>case", "Upper\n\ncase"),
        ("</div></p>stray end tags</nav></b>", "stray end tags"),
        ("<nav>a<nav>b</nav>c</nav>kept", "kept"),
        ("<br/><svg/>self closing<img src=x />", "self closing"),
        ("<", "<"),
        ("<p>x</p><!", "x"),
        ("<?xml version='1.0'?><p>pi</p>", "pi"),
        ("<![CDATA[x]]><p>y</p>", "y"),
        ("<p>a</p\n><p\n>b</p>", "a\n\nb"),
    ])
    func survivesMalformedInput(_ html: String, _ text: String) {
        #expect(HTMLTextExtractor.extract(html: html).text == text)
    }

    @Test(.timeLimit(.minutes(1)))
    func handlesDeepNestingAndPathologicalInputInBoundedTime() {
        let depth = 100_000
        let nested = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
        #expect(HTMLTextExtractor.extract(html: nested).text == "deep")

        let unclosedNav = String(repeating: "<nav>", count: depth) + "hidden"
        #expect(HTMLTextExtractor.extract(html: unclosedNav).text.isEmpty)

        // Many tags with unbalanced quotes would make a naive scanner quadratic.
        let quotes = String(repeating: "<a href=\"x>t ", count: 20_000)
        _ = HTMLTextExtractor.extract(html: quotes)
        let lessThans = String(repeating: "< a <b c=' ", count: 20_000)
        _ = HTMLTextExtractor.extract(html: lessThans)
        let comments = String(repeating: "<!-", count: 30_000) + String(repeating: "&#", count: 30_000)
        _ = HTMLTextExtractor.extract(html: comments)
    }

    @Test func titleIsOnlyTheFirstAndNotInTheText() {
        let html = "<title>One &amp;\n two</title><body><p>Body</p><title>Second</title></body>"
        let extracted = HTMLTextExtractor.extract(html: html)
        #expect(extracted.title == "One & two")
        #expect(extracted.text == "Body")
        #expect(HTMLTextExtractor.extract(html: "<p>no title</p>").title == "")
    }
}
