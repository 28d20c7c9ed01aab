import Foundation

/// Naming rules from proto to Swift and to protoc-c's C.
enum Naming {
    /// "mesh.pipeline.v1" → "PipelineV1"; "mesh.v1" → "MeshV1": the last two package components.
    static func namespace(forPackage package: String) -> String {
        package.split(separator: ".").suffix(2).map { upperFirst(String($0)) }.joined()
    }

    /// protoc-c's struct name: "mesh.v1" + ["Req", "MEntry"] → "Mesh__V1__Req__MEntry".
    static func cStructName(package: String, path: [String]) -> String {
        (package.split(separator: ".").map { upperFirst(String($0)) } + path).joined(separator: "__")
    }

    /// protoc-c's function prefix: "mesh.v1" + ["HttpRule"] → "mesh__v1__http_rule".
    static func cFunctionPrefix(package: String, path: [String]) -> String {
        (package.split(separator: ".").map { $0.lowercased() } + path.map(camelToLower)).joined(separator: "__")
    }

    /// protoc-c's CamelToLower: an underscore before an upper-case letter that follows a lower-case one.
    static func camelToLower(_ name: String) -> String {
        var result = ""
        var previousWasLower = false
        for character in name {
            if character.isUppercase {
                if previousWasLower { result.append("_") }
                result.append(contentsOf: character.lowercased())
                previousWasLower = false
            } else {
                result.append(character)
                previousWasLower = character.isLowercase || character.isNumber
            }
        }
        return result
    }

    /// "job_id" → "jobID", "source_url" → "sourceURL", "top_k" → "topK".
    static func swiftPropertyName(_ snake: String) -> String {
        let parts = snake.split(separator: "_").map(String.init)
        guard let first = parts.first else { return snake }
        let rest = parts.dropFirst().map { part -> String in
            if let acronym = acronyms[part] { return acronym }
            return upperFirst(part)
        }
        return escaped(first + rest.joined())
    }

    /// "JOB_STATUS_PENDING" in enum "JobStatus" → "pending"; "INVALID_ARGUMENT" → "invalidArgument".
    static func swiftCaseName(_ valueName: String, enumName: String) -> String {
        let prefix = camelToLower(enumName).uppercased() + "_"
        var name = valueName
        if name.hasPrefix(prefix), name.count > prefix.count { name.removeFirst(prefix.count) }
        let parts = name.lowercased().split(separator: "_").map(String.init)
        guard let first = parts.first else { return escaped(name.lowercased()) }
        var swift = first + parts.dropFirst().map(upperFirst).joined()
        if let leading = swift.first, leading.isNumber { swift = "_" + swift }
        return escaped(swift)
    }

    /// proto3's JSON name: lowerCamel of the field name.
    static func jsonName(_ snake: String) -> String {
        let parts = snake.split(separator: "_").map(String.init)
        guard let first = parts.first else { return snake }
        return first + parts.dropFirst().map(upperFirst).joined()
    }

    /// "SubmitJob" → "submitJob".
    static func lowerFirst(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.lowercased() + name.dropFirst()
    }

    static func upperFirst(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.uppercased() + name.dropFirst()
    }

    private static let acronyms = ["id": "ID", "url": "URL", "ms": "MS", "http": "HTTP", "json": "JSON", "api": "API"]

    private static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "protocol", "public", "rethrows", "static", "struct",
        "subscript", "typealias", "var", "break", "case", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while", "as", "catch",
        "false", "is", "nil", "super", "self", "Self", "throw", "throws", "true", "try", "Type", "Protocol", "any",
        "some",
    ]

    /// protoc-c's C member name: a field named like a C or C++ keyword gets a trailing underscore.
    static func cFieldName(_ protoName: String) -> String {
        cKeywords.contains(protoName) ? protoName + "_" : protoName
    }

    private static let cKeywords: Set<String> = [
        "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
        "float", "for", "goto", "if", "int", "long", "register", "return", "short", "signed", "sizeof", "static",
        "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "and", "and_eq", "asm",
        "bitand", "bitor", "bool", "catch", "class", "compl", "const_cast", "delete", "dynamic_cast", "explicit",
        "export", "false", "friend", "inline", "mutable", "namespace", "new", "not", "not_eq", "operator", "or",
        "or_eq", "private", "protected", "public", "reinterpret_cast", "static_cast", "template", "this", "throw",
        "true", "try", "typeid", "typename", "using", "virtual", "wchar_t", "xor", "xor_eq",
    ]

    /// Backticks a Swift keyword.
    static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// The identifier without backticks, for building other names from it.
    static func bare(_ name: String) -> String {
        name.replacingOccurrences(of: "`", with: "")
    }
}
