/// Decides which address a request comes from and whether that address is internal.
///
/// The client address is the connection's socket peer. Only when the peer is one of `trustedProxies`
/// is `X-Forwarded-For` read, and then the right-most entry that is not itself a trusted proxy is the
/// client (entries further left were written by the client and prove nothing).
public struct ClientAddressPolicy: Sendable {
    /// Networks whose addresses are internal, besides loopback.
    public var internalNetworks: [IPNetwork]
    /// Whether 127.0.0.0/8 and ::1 count as internal. Always true in production; tests switch it off
    /// to play an external client from 127.0.0.1.
    public var loopbackIsInternal: Bool
    /// Reverse proxies allowed to name the client in `X-Forwarded-For`; empty = the header is ignored.
    public var trustedProxies: [IPNetwork]

    public init(internalNetworks: [IPNetwork] = [], loopbackIsInternal: Bool = true, trustedProxies: [IPNetwork] = []) {
        self.internalNetworks = internalNetworks
        self.loopbackIsInternal = loopbackIsInternal
        self.trustedProxies = trustedProxies
    }

    /// The client's address: the socket peer, or what a trusted proxy says in `forwardedFor`.
    public func clientAddress(peer: IPAddress?, forwardedFor: [String]) -> IPAddress? {
        guard let peer, !trustedProxies.isEmpty, isTrustedProxy(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }
        for hop in hops.reversed() {
            // A malformed hop means the chain cannot be trusted past this point: use the last good one.
            guard let address = IPAddress(hop) else { return peer }
            if !isTrustedProxy(address) { return address }
        }
        return peer
    }

    /// Loopback (when enabled) or inside one of `internalNetworks`; an unknown address is external.
    public func isInternal(_ address: IPAddress?) -> Bool {
        guard let address else { return false }
        if loopbackIsInternal && address.isLoopback { return true }
        return internalNetworks.contains { $0.contains(address) }
    }

    private func isTrustedProxy(_ address: IPAddress) -> Bool {
        trustedProxies.contains { $0.contains(address) }
    }
}
