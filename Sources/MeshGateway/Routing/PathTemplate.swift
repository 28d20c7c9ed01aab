/// A route's path template ("/jobs/{job_id}/events"): its Hummingbird form, and matching.
struct PathTemplate: Sendable, Hashable {
    enum Segment: Sendable, Hashable {
        case literal(Substring)
        case parameter(Substring)
    }

    let template: String
    let segments: [Segment]

    init(_ template: String) {
        self.template = template
        self.segments = template.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? .parameter(part.dropFirst().dropLast()) : .literal(part)
        }
    }

    /// Hummingbird's syntax: `{field}` becomes `:field`.
    var hummingbirdPath: String {
        "/" + segments.map { segment in
            switch segment {
            case .literal(let text): String(text)
            case .parameter(let name): ":" + name
            }
        }.joined(separator: "/")
    }

    /// Whether `path` has this shape (any non-empty value for each parameter).
    func matches(_ path: some StringProtocol) -> Bool {
        let parts = path.split(separator: "/")
        guard parts.count == segments.count else { return false }
        for (part, segment) in zip(parts, segments) {
            if case .literal(let literal) = segment, part != literal { return false }
        }
        return true
    }
}
