import HTTPTypes
import MeshCore
import MeshGateway
import MeshJSON
import NIOCore
import Testing

@Suite struct ClientAddressPolicyTests {
    @Test func networksContainTheirAddresses() throws {
        let ten = try #require(IPNetwork("10.0.0.0/8"))
        #expect(ten.contains(try #require(IPAddress("10.255.1.2"))))
        #expect(!ten.contains(try #require(IPAddress("11.0.0.1"))))
        #expect(ten.contains(try #require(IPAddress("::ffff:10.1.1.1"))), "IPv4-mapped IPv6 is IPv4")
        let v6 = try #require(IPNetwork("fd00::/8"))
        #expect(v6.contains(try #require(IPAddress("fd12:3456::1"))))
        #expect(!v6.contains(try #require(IPAddress("10.0.0.1"))))
        #expect(try #require(IPNetwork("192.168.1.7")).contains(try #require(IPAddress("192.168.1.7"))))
        #expect(!(try #require(IPNetwork("192.168.1.7"))).contains(try #require(IPAddress("192.168.1.8"))))
        #expect(IPNetwork("10.0.0.0/33") == nil)
        #expect(IPNetwork("nonsense/8") == nil)
        #expect(IPAddress("999.1.1.1") == nil)
    }

    @Test func loopbackAndForwardedFor() throws {
        let loopback = try #require(IPAddress("127.0.0.1"))
        let external = try #require(IPAddress("203.0.113.9"))
        #expect(ClientAddressPolicy().isInternal(loopback))
        #expect(ClientAddressPolicy().isInternal(IPAddress("::1")))
        #expect(!ClientAddressPolicy(loopbackIsInternal: false).isInternal(loopback))
        #expect(!ClientAddressPolicy().isInternal(nil))

        // No trusted proxies: the header is ignored.
        #expect(ClientAddressPolicy().clientAddress(peer: external, forwardedFor: ["10.0.0.1"]) == external)
        let policy = ClientAddressPolicy(trustedProxies: [IPNetwork("127.0.0.1/32"), IPNetwork("10.9.0.0/16")].compactMap { $0 })
        // The right-most hop that is not a trusted proxy is the client; spoofed entries further left do not count.
        #expect(
            policy.clientAddress(peer: loopback, forwardedFor: ["10.0.0.1, 203.0.113.9, 10.9.1.1"]) == external)
        #expect(policy.clientAddress(peer: loopback, forwardedFor: []) == loopback)
        #expect(policy.clientAddress(peer: external, forwardedFor: ["10.0.0.1"]) == external, "untrusted peer")
        #expect(policy.clientAddress(peer: loopback, forwardedFor: ["garbage"]) == loopback)
    }
}

@Suite struct GatewayErrorTests {
    @Test func envelopeShape() {
        let error = GatewayError(status: 404, code: "not_found", message: "nothing here")
        #expect(error.body["error"]?["code"] == "not_found")
        #expect(error.body["error"]?["message"] == "nothing here")
        #expect(error.body["error"]?["details"] == .object([]))
    }
}
