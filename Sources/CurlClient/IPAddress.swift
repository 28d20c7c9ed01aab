/// An IPv4 or IPv6 address as raw network-order bytes (4 or 16 of them).
///
/// Pure value type with its own parser so the address policy can be tested
/// without sockets and applied to the bytes libcurl is about to connect to.
public struct IPAddress: Hashable, Sendable, CustomStringConvertible {
    /// Network-order bytes: 4 for IPv4, 16 for IPv6.
    public let bytes: [UInt8]

    /// Wraps raw bytes; `nil` unless there are exactly 4 or 16 of them.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 4 || bytes.count == 16 else { return nil }
        self.bytes = bytes
    }

    /// Parses dotted-quad IPv4 or RFC 4291 IPv6 text (with `::` and a trailing dotted quad).
    /// Zone identifiers (`%eth0`) are rejected.
    public init?(_ text: String) {
        if let v4 = IPAddress.parseIPv4(Substring(text)) {
            bytes = v4
        } else if let v6 = IPAddress.parseIPv6(text) {
            bytes = v6
        } else {
            return nil
        }
    }

    /// True for a 4-byte address.
    public var isIPv4: Bool { bytes.count == 4 }

    /// The IPv4 address carried inside an IPv4-mapped (`::ffff:a.b.c.d`) or NAT64
    /// (`64:ff9b::a.b.c.d`) IPv6 address: such a connect reaches that IPv4 host,
    /// so the policy must judge the IPv4 address.
    public var embeddedIPv4: IPAddress? {
        guard bytes.count == 16 else { return nil }
        let mappedPrefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]
        let nat64Prefix: [UInt8] = [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0]
        let head = Array(bytes[0..<12])
        guard head == mappedPrefix || head == nat64Prefix else { return nil }
        return IPAddress(bytes: Array(bytes[12..<16]))
    }

    public var description: String {
        if bytes.count == 4 {
            return bytes.map(String.init).joined(separator: ".")
        }
        // Plain colon-hex form; no `::` compression needed for logs and messages.
        var groups: [String] = []
        for index in stride(from: 0, to: 16, by: 2) {
            let value = UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            groups.append(String(value, radix: 16))
        }
        return groups.joined(separator: ":")
    }

    static func parseIPv4(_ text: Substring) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var result: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = UInt8(part)
            else { return nil }
            result.append(value)
        }
        return result
    }

    static func parseIPv6(_ text: String) -> [UInt8]? {
        guard !text.isEmpty, !text.contains("%") else { return nil }
        let gaps = text.ranges(of: "::")
        guard gaps.count <= 1 else { return nil }
        guard let gap = gaps.first else {
            guard let all = parseGroups(Substring(text), allowTrailingIPv4: true) else { return nil }
            return all.count == 16 ? all : nil
        }
        guard let head = parseGroups(text[..<gap.lowerBound], allowTrailingIPv4: false),
            let tail = parseGroups(text[gap.upperBound...], allowTrailingIPv4: true)
        else { return nil }
        // `::` stands for at least one zero group.
        guard head.count + tail.count <= 14 else { return nil }
        return head + [UInt8](repeating: 0, count: 16 - head.count - tail.count) + tail
    }

    /// Parses colon-separated hex groups (possibly empty text), optionally ending in a dotted quad.
    private static func parseGroups(_ text: Substring, allowTrailingIPv4: Bool) -> [UInt8]? {
        if text.isEmpty { return [] }
        let groups = text.split(separator: ":", omittingEmptySubsequences: false)
        var result: [UInt8] = []
        for (index, group) in groups.enumerated() {
            if index == groups.count - 1, allowTrailingIPv4, group.contains(".") {
                guard let v4 = parseIPv4(group) else { return nil }
                result += v4
                continue
            }
            guard !group.isEmpty, group.count <= 4, let value = UInt16(group, radix: 16) else { return nil }
            result.append(UInt8(value >> 8))
            result.append(UInt8(value & 0xFF))
        }
        return result.count <= 16 ? result : nil
    }
}
