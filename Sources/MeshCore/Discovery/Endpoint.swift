/// A host and TCP port to connect to: a name ("orchestrator"), an IPv4 or an IPv6 address.
public struct Endpoint: Sendable, Hashable, CustomStringConvertible {
    /// A host name or an IP address; IPv6 addresses are stored without brackets ("::1").
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses "host:port", "1.2.3.4:port" or "[v6]:port" (IPv6 addresses must be bracketed).
    public init(parsing text: String) throws(DiscoveryError) {
        func invalid(_ why: String) -> DiscoveryError {
            DiscoveryError(code: .invalidAddress, message: "'\(text)' is not host:port: \(why)")
        }
        let host: Substring
        let portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw invalid("missing ']' after the IPv6 address") }
            host = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            guard rest.first == ":" else { throw invalid("expected ':port' after ']'") }
            portText = rest.dropFirst()
            guard host.isEmpty || host.contains(":") else { throw invalid("brackets are only for IPv6 addresses") }
        } else {
            guard let colon = text.lastIndex(of: ":") else { throw invalid("missing ':port'") }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
            guard !host.contains(":") else {
                throw invalid("an IPv6 address must be written in brackets, as [::1]:port")
            }
        }
        guard !host.isEmpty else { throw invalid("empty host") }
        guard !host.contains(where: { $0.isWhitespace || $0 == "/" || $0 == "[" || $0 == "]" }) else {
            throw invalid("the host contains a space, '/' or a bracket")
        }
        guard !portText.isEmpty, portText.allSatisfy({ ("0"..."9").contains($0) }),
            let port = Int(portText), (1...65535).contains(port)
        else {
            throw invalid("the port must be a number from 1 to 65535")
        }
        self.init(host: String(host), port: port)
    }

    /// "host:port", with an IPv6 address in brackets ("[::1]:9000"), as `init(parsing:)` reads it.
    public var description: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
