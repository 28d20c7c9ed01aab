/// A parsed robots.txt file (RFC 9309): user-agent groups of allow/disallow rules.
///
/// Pure and I/O-free; `RobotsPolicy` fetches and caches it.
public struct RobotsTxt: Sendable {
    struct Group: Sendable {
        var agents: [String]
        var rules: [RobotsRules.Rule]
    }

    let groups: [Group]

    /// RFC 9309 asks crawlers to parse at least 500 KiB; text past this is ignored.
    public static let maxParsedBytes = 512 * 1024

    /// Parses robots.txt text; unknown lines and rules outside a group are ignored.
    public init(parsing text: String) {
        var groups: [Group] = []
        var current: Group?
        var lastLineWasAgent = false
        for rawLine in text.utf8.prefix(Self.maxParsedBytes).split(
            omittingEmptySubsequences: true, whereSeparator: { $0 == 10 || $0 == 13 })
        {
            var line = String(decoding: rawLine, as: UTF8.self)
            if let hash = line.firstIndex(of: "#") { line = String(line[..<hash]) }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon]).trimmingASCIIWhitespace().lowercased()
            let value = String(line[line.index(after: colon)...]).trimmingASCIIWhitespace()
            switch key {
            case "user-agent":
                // Consecutive user-agent lines share one group; one after rules starts a new group.
                if lastLineWasAgent, var group = current {
                    group.agents.append(value.lowercased())
                    current = group
                } else {
                    if let group = current { groups.append(group) }
                    current = Group(agents: [value.lowercased()], rules: [])
                }
                lastLineWasAgent = true
            case "allow", "disallow":
                lastLineWasAgent = false
                // An empty path matches nothing (RFC 9309 2.2.2): `Disallow:` allows all.
                guard !value.isEmpty, var group = current else { continue }
                group.rules.append(RobotsRules.Rule(pattern: value, allow: key == "allow"))
                current = group
            default:
                // sitemap, crawl-delay, ...: not group members, and they do not end a group.
                continue
            }
        }
        if let group = current { groups.append(group) }
        self.groups = groups
    }

    /// The rules that apply to a crawler whose product token is `userAgentToken`
    /// (e.g. `MeshScraper`): all groups naming it (case-insensitively), else all `*` groups.
    public func rules(forUserAgent userAgentToken: String) -> RobotsRules {
        let token = userAgentToken.lowercased()
        let named = groups.filter { group in group.agents.contains { Self.agent($0, matches: token) } }
        let chosen = named.isEmpty ? groups.filter { $0.agents.contains("*") } : named
        return RobotsRules(rules: chosen.flatMap(\.rules))
    }

    /// A group's user-agent line names us when its leading product token equals ours.
    private static func agent(_ line: String, matches token: String) -> Bool {
        let product = line.prefix { $0.isLetter || $0 == "-" || $0 == "_" }
        return !product.isEmpty && product == token
    }
}

/// The allow/disallow rules that apply to one crawler.
public struct RobotsRules: Sendable {
    struct Rule: Sendable {
        var pattern: String
        var allow: Bool
    }

    let rules: [Rule]

    /// Everything allowed (no robots.txt, or a 4xx for it).
    public static let allowAll = RobotsRules(rules: [])
    /// Everything disallowed (robots.txt unreachable or a 5xx for it).
    public static let disallowAll = RobotsRules(rules: [Rule(pattern: "/", allow: false)])

    init(rules: [Rule]) { self.rules = rules }

    /// Whether `pathAndQuery` (e.g. `/a/b?x=1`) may be fetched: the longest matching
    /// rule decides, allow wins a tie, and no matching rule means allowed.
    public func isAllowed(_ pathAndQuery: String) -> Bool {
        let target = pathAndQuery.isEmpty ? "/" : pathAndQuery
        // Crawlers must always be able to read the rules themselves.
        if target == "/robots.txt" { return true }
        let path = Array(target.utf8)
        var best: (length: Int, allow: Bool)?
        for rule in rules where RobotsPattern.matches(Array(rule.pattern.utf8), path) {
            let length = rule.pattern.utf8.count
            if let current = best, current.length > length || (current.length == length && current.allow) {
                continue
            }
            best = (length, rule.allow)
        }
        return best?.allow ?? true
    }
}

/// RFC 9309 path patterns: a prefix match where `*` matches any run of characters and
/// a final `$` anchors the end.
enum RobotsPattern {
    static func matches(_ pattern: [UInt8], _ path: [UInt8]) -> Bool {
        var pattern = pattern
        let anchored = pattern.last == UInt8(ascii: "$")
        if anchored { pattern.removeLast() } else { pattern.append(UInt8(ascii: "*")) }
        return glob(pattern, path)
    }

    /// Whole-string match with `*` wildcards; greedy with a single backtrack point,
    /// so the cost stays O(pattern x path) with no recursion.
    private static func glob(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
        let star = UInt8(ascii: "*")
        var p = 0
        var t = 0
        var starAt: Int?
        var resumeAt = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == star {
                starAt = p
                resumeAt = t
                p += 1
            } else if p < pattern.count, pattern[p] == text[t] {
                p += 1
                t += 1
            } else if let starAt {
                p = starAt + 1
                resumeAt += 1
                t = resumeAt
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == star { p += 1 }
        return p == pattern.count
    }
}
