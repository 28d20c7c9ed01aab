/// The readable text of an HTML page.
public struct ExtractedText: Sendable, Hashable {
    /// The content of the first `<title>` (entities decoded, whitespace collapsed), or "".
    public var title: String
    /// The body text: paragraphs separated by a blank line, lines within one by a newline.
    public var text: String

    /// Creates an extracted text.
    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}

/// Turns HTML into plain text for chunking, dropping page furniture.
///
/// A single pass over the UTF-8 bytes with a tolerant tokenizer: no tree, no recursion, no stack, so
/// any nesting depth is fine, and the time is linear in the input whatever its shape (every forward
/// search either consumes what it scanned or ends the document). Malformed markup never fails:
/// a `<` that does not start a tag is text, unclosed comments and raw-text elements run to the end.
///
/// - Dropped with their content: `script`, `style`, `noscript`, `template`, `svg`, `nav`, `header`,
///   `footer`, `aside`, `form` (and `textarea`, `iframe`), comments, `<!DOCTYPE>` and other declarations.
/// - Block elements (`p`, `div`, `h1`–`h6`, `section`, `article`, `blockquote`, `table`, …) end the
///   paragraph; `br`, `li`, `tr`, `dt`, `dd` end the line; `td`/`th` are separated by a space.
/// - Whitespace collapses to one space except inside `<pre>`; character references are decoded
///   (about a hundred common named ones, decimal and hex numeric ones); unknown ones stay as written.
public enum HTMLTextExtractor {
    /// Extracts the title and the text of `html`.
    public static func extract(html: String) -> ExtractedText {
        var html = html
        return html.withUTF8 { bytes in
            var scanner = HTMLScanner(bytes)
            return scanner.run()
        }
    }
}
