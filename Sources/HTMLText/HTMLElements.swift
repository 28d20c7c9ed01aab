/// What an element does to the extracted text.
enum ElementRole: Equatable {
    /// Its content is markup that is dropped entirely (navigation, forms, …); the payload indexes
    /// the per-element open counters, so nesting of the same element is tracked without a stack.
    case dropped(Int)
    /// Its content is raw text up to the matching end tag (script, style, …), and is dropped.
    case droppedRawText
    /// `<title>`: raw text, captured as the page title.
    case title
    /// Starts and ends a paragraph (headings included, so each heading is a paragraph of its own).
    case paragraph
    /// A paragraph whose whitespace is kept.
    case preformatted
    /// Starts a new line within the current paragraph (`br`, list items, table rows).
    case line
    /// Separates table cells by a space.
    case cell
    /// No effect on layout (`span`, `a`, `em`, unknown elements…).
    case inline
}

enum HTMLElements {
    /// Elements whose content is dropped, in counter order.
    static let droppedNames = ["noscript", "template", "svg", "nav", "header", "footer", "aside", "form"]

    static let roles: [String: ElementRole] = {
        var roles: [String: ElementRole] = [:]
        for (counter, name) in droppedNames.enumerated() { roles[name] = .dropped(counter) }
        for name in ["script", "style", "textarea", "iframe", "xmp", "noembed", "noframes"] {
            roles[name] = .droppedRawText
        }
        roles["title"] = .title
        for name in [
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "blockquote", "ul", "ol",
            "dl", "table", "figure", "figcaption", "hr", "address", "details", "summary", "center", "caption",
            "fieldset", "legend", "body", "html", "head", "hgroup", "menu", "dialog",
        ] {
            roles[name] = .paragraph
        }
        roles["pre"] = .preformatted
        roles["listing"] = .preformatted
        for name in ["br", "li", "tr", "dt", "dd", "option"] { roles[name] = .line }
        for name in ["td", "th"] { roles[name] = .cell }
        return roles
    }()

    /// The role of an element given its lower-cased name.
    static func role(of name: String) -> ElementRole {
        roles[name] ?? .inline
    }
}
