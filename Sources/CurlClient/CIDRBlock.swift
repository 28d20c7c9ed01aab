/// A network prefix such as `10.0.0.0/8` or `fc00::/7`.
public struct CIDRBlock: Hashable, Sendable, CustomStringConvertible {
    /// The network address, with the host bits as written.
    public let network: IPAddress
    /// Number of leading bits that must match (0...32 or 0...128).
    public let prefixLength: Int

    /// Parses `address/prefix`; a bare address means a single host (/32 or /128).
    /// Returns `nil` for anything else (the caller names the bad entry in its error).
    public init?(_ text: String) {
        let trimmed = text.trimmingASCIIWhitespace()
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let address = IPAddress(String(parts[0])) else { return nil }
        let maxLength = address.bytes.count * 8
        var length = maxLength
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
                let parsed = Int(parts[1]), parsed <= maxLength
            else { return nil }
            length = parsed
        }
        self.network = address
        self.prefixLength = length
    }

    /// Builds a block from a parsed address; `nil` if the prefix is out of range.
    public init?(network: IPAddress, prefixLength: Int) {
        guard prefixLength >= 0, prefixLength <= network.bytes.count * 8 else { return nil }
        self.network = network
        self.prefixLength = prefixLength
    }

    /// True when `address` is of the same family and its first `prefixLength` bits match.
    public func contains(_ address: IPAddress) -> Bool {
        guard address.bytes.count == network.bytes.count else { return false }
        var remaining = prefixLength
        var index = 0
        while remaining > 0 {
            let bits = min(remaining, 8)
            let mask: UInt8 = bits == 8 ? 0xFF : ~(0xFF >> UInt8(bits))
            if address.bytes[index] & mask != network.bytes[index] & mask { return false }
            remaining -= bits
            index += 1
        }
        return true
    }

    public var description: String { "\(network)/\(prefixLength)" }
}

extension String {
    /// Trims spaces, tabs, CR and LF; works on scalars because "\r\n" is a single `Character`.
    func trimmingASCIIWhitespace() -> String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
