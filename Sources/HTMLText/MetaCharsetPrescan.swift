/// Finds the charset a document declares in a `<meta>` tag, reading only ASCII markup.
enum MetaCharsetPrescan {
    /// The label from the first `<meta charset=…>` or `<meta http-equiv="content-type" content="…charset=…">`
    /// in `bytes`, skipping comments.
    static func label(in bytes: ArraySlice<UInt8>) -> String? {
        Array(bytes).withUnsafeBufferPointer { buffer in
            var attributes = TagAttributeScanner()
            let meta = Array("meta".utf8)
            var index = 0
            while let lessThan = find(buffer, UInt8(ascii: "<"), from: index) {
                if matchesIgnoringCase(buffer, at: lessThan + 1, Array("!--".utf8)) {
                    index = lessThan + 4
                    while index + 2 < buffer.count,
                        !(buffer[index] == UInt8(ascii: "-") && buffer[index + 1] == UInt8(ascii: "-")
                            && buffer[index + 2] == UInt8(ascii: ">"))
                    {
                        index += 1
                    }
                    continue
                }
                let afterName = lessThan + 1 + meta.count
                guard matchesIgnoringCase(buffer, at: lessThan + 1, meta), afterName < buffer.count,
                    isSpace(buffer[afterName]) || buffer[afterName] == UInt8(ascii: "/")
                else {
                    index = lessThan + 1
                    continue
                }
                var charset: String?
                var httpEquiv: String?
                var content: String?
                let (end, _) = attributes.scan(buffer, from: afterName) { name, value in
                    let text = { (range: Range<Int>) in
                        String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self).lowercased()
                    }
                    switch text(name) {
                    case "charset": charset = charset ?? text(value)
                    case "http-equiv": httpEquiv = httpEquiv ?? text(value)
                    case "content": content = content ?? text(value)
                    default: break
                    }
                }
                if let charset, !charset.isEmpty { return charset }
                if httpEquiv == "content-type", let content, let label = CharsetDetection.charsetParameter(content) {
                    return label
                }
                index = end
            }
            return nil
        }
    }
}
