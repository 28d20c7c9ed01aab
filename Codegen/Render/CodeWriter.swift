import Foundation

/// Accumulates generated source text with indentation.
struct CodeWriter {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ content: String = "") {
        if content.isEmpty {
            text += "\n"
        } else {
            text += String(repeating: "    ", count: depth) + content + "\n"
        }
    }

    /// Writes `opening`, indents what `body` writes, then writes `closing`.
    mutating func block(_ opening: String, closing: String = "}", _ body: (inout CodeWriter) -> Void) {
        line(opening)
        depth += 1
        body(&self)
        depth -= 1
        line(closing)
    }

    /// Indents what `body` writes by one level.
    mutating func indented(_ body: (inout CodeWriter) -> Void) {
        depth += 1
        body(&self)
        depth -= 1
    }

    /// A doc comment from proto comment text (one `///` line per source line).
    mutating func docComment(_ comment: String) {
        let lines = comment.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let trimmed = lines.reversed().drop(while: \.isEmpty).reversed()
        for commentLine in trimmed.drop(while: \.isEmpty) { line(commentLine.isEmpty ? "///" : "/// \(commentLine)") }
    }
}

/// A generated file: a path relative to the repository root and its contents.
struct GeneratedFile: Equatable {
    var path: String
    var contents: String
}

enum GeneratedHeader {
    /// The first line of every generated file.
    static func swift(source: String) -> String {
        "// Generated from \(source) by mesh-codegen — DO NOT EDIT.\n// Regenerate with: swift run mesh-codegen generate\n\n"
    }
}

/// A Swift string literal for `text`.
func swiftStringLiteral(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        default:
            if scalar.value < 0x20 {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
    return result + "\""
}
