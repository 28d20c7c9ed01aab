/// Which remote addresses a fetcher may connect to.
///
/// Applied by the fetcher to the address libcurl is about to connect to (after DNS,
/// on every connect including redirects), so a name that resolves or re-resolves to
/// an internal address cannot slip through.
public struct AddressPolicy: Sendable {
    private enum Mode: Sendable {
        case strict(allow: [CIDRBlock])
        case allowAll
    }

    private let mode: Mode

    /// Refuses every internal, special-purpose and multicast address (the scraper's default).
    public static let strict = AddressPolicy(mode: .strict(allow: []))

    /// Connects anywhere (for the embedder talking to a configured inference server).
    public static let allowAll = AddressPolicy(mode: .allowAll)

    private init(mode: Mode) { self.mode = mode }

    /// The strict policy, except that addresses inside any of `allowCIDRs` are allowed.
    /// - Throws: `FetchError` with code `.invalidConfiguration` naming the first bad entry.
    public init(allowCIDRs: [String]) throws(FetchError) {
        var blocks: [CIDRBlock] = []
        for entry in allowCIDRs {
            guard let block = CIDRBlock(entry) else {
                throw FetchError(.invalidConfiguration, "invalid CIDR '\(entry)' in address allow-list")
            }
            blocks.append(block)
        }
        self.mode = .strict(allow: blocks)
    }

    /// Parses a comma-separated allow-list such as the value of `MESH_SCRAPER_ALLOW_CIDRS`
    /// (`"127.0.0.0/8, ::1/128"`); empty entries are ignored, so `""` is the strict policy.
    public init(allowList: String) throws(FetchError) {
        let entries = allowList.split(separator: ",").map { String($0).trimmingASCIIWhitespace() }
        try self.init(allowCIDRs: entries.filter { !$0.isEmpty })
    }

    /// The verdict for one address: `nil` when allowed, otherwise the category that blocks it.
    public func blockReason(for address: IPAddress) -> String? {
        switch mode {
        case .allowAll:
            return nil
        case .strict(let allow):
            if allow.contains(where: { $0.contains(address) }) { return nil }
            if let inner = address.embeddedIPv4 {
                if allow.contains(where: { $0.contains(inner) }) { return nil }
                return SpecialRanges.category(of: inner)
            }
            return SpecialRanges.category(of: address)
        }
    }

    /// True when the fetcher may connect to `address`.
    public func allows(_ address: IPAddress) -> Bool { blockReason(for: address) == nil }
}

/// The address ranges the strict policy refuses, with a category for messages.
enum SpecialRanges {
    private static let table: [(block: String, category: String)] = [
        ("0.0.0.0/8", "unspecified"),
        ("10.0.0.0/8", "private"),
        ("100.64.0.0/10", "carrier-grade NAT"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.169.254/32", "cloud metadata"),
        ("169.254.0.0/16", "link-local"),
        ("172.16.0.0/12", "private"),
        ("192.168.0.0/16", "private"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        // IPv4-compatible addresses are deprecated; nothing legitimate uses them.
        ("::/96", "reserved"),
        ("fd00:ec2::254/128", "cloud metadata"),
        ("fc00::/7", "unique-local"),
        ("fe80::/10", "link-local"),
        ("ff00::/8", "multicast"),
    ]

    private static let blocks: [(CIDRBlock, String)] = table.compactMap { entry in
        CIDRBlock(entry.block).map { ($0, entry.category) }
    }

    static func category(of address: IPAddress) -> String? {
        blocks.first(where: { $0.0.contains(address) })?.1
    }
}
