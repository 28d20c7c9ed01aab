#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

extension DNSResolver {
    /// Every IPv4 and IPv6 address `host` has, through the system resolver (/etc/hosts, then DNS).
    /// Blocks: call it on a dedicated thread. The only place that touches getaddrinfo, and where its
    /// failures become `DiscoveryError`s.
    static func lookUp(host: String, port: Int) throws(DiscoveryError) -> [Endpoint] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if os(Linux)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        hints.ai_flags = AI_NUMERICSERV

        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        defer { if let list { freeaddrinfo(list) } }
        guard status == 0 else {
            throw DiscoveryError(code: .resolutionFailed, message: "cannot resolve '\(host)': \(Self.describe(status))")
        }

        var endpoints: [Endpoint] = []
        var cursor = list
        while let entry = cursor {
            cursor = entry.pointee.ai_next
            guard entry.pointee.ai_family == AF_INET || entry.pointee.ai_family == AF_INET6,
                let address = entry.pointee.ai_addr,
                let text = Self.numericHost(address, length: entry.pointee.ai_addrlen)
            else { continue }
            let endpoint = Endpoint(host: text, port: port)
            if !endpoints.contains(endpoint) { endpoints.append(endpoint) }
        }
        guard !endpoints.isEmpty else {
            throw DiscoveryError(code: .noAddresses, message: "'\(host)' has no IPv4 or IPv6 address")
        }
        return endpoints
    }

    /// The address as text ("10.0.0.7", "::1", "fe80::1%eth0").
    private static func numericHost(_ address: UnsafeMutablePointer<sockaddr>, length: socklen_t) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        let status = getnameinfo(address, length, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST)
        guard status == 0 else { return nil }
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func describe(_ status: Int32) -> String {
        let text = gai_strerror(status).map { String(cString: $0) } ?? "error \(status)"
        guard status == EAI_SYSTEM else { return text }
        let code = errno
        return text + ": " + (strerror(code).map { String(cString: $0) } ?? "errno \(code)")
    }
}
