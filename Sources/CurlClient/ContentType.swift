/// The parts of a `Content-Type` header value the client cares about.
struct ContentType: Equatable, Sendable {
    /// Lower-cased media type, e.g. `text/html`.
    var mediaType: String
    /// Lower-cased `charset` parameter without quotes, if present.
    var charset: String?

    /// Parses `type/subtype; param=value; charset="x"`; tolerant of spacing, quoting and case.
    init(parsing value: String) {
        let parts = value.split(separator: ";", omittingEmptySubsequences: false)
        mediaType = String(parts.first ?? "").trimmingASCIIWhitespace().lowercased()
        charset = nil
        for parameter in parts.dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            let name = String(parameter[..<equals]).trimmingASCIIWhitespace().lowercased()
            guard name == "charset" else { continue }
            var raw = String(parameter[parameter.index(after: equals)...]).trimmingASCIIWhitespace()
            if raw.count >= 2, raw.hasPrefix("\""), raw.hasSuffix("\"") {
                raw = String(raw.dropFirst().dropLast())
            }
            if !raw.isEmpty { charset = raw.lowercased() }
            break
        }
    }
}
