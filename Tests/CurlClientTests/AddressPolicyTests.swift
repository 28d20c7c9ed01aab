import CurlClient
import Testing

@Suite("CIDR parsing and address policy (pure)")
struct AddressPolicyTests {
    @Test func parsesIPv4AndIPv6Addresses() throws {
        #expect(IPAddress("192.168.1.20")?.bytes == [192, 168, 1, 20])
        #expect(IPAddress("::1")?.bytes == [UInt8](repeating: 0, count: 15) + [1])
        #expect(IPAddress("fe80::1:2")?.bytes.prefix(2) == [0xFE, 0x80])
        #expect(IPAddress("::ffff:10.1.2.3")?.embeddedIPv4 == IPAddress("10.1.2.3"))
        #expect(IPAddress("2001:db8:0:0:0:0:0:1") == IPAddress("2001:db8::1"))
        for bad in ["", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.-4", "1::2::3", "12345::", "fe80::1%eth0", ":::", "g::1",
            "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8:9"]
        {
            #expect(IPAddress(bad) == nil, "\(bad) should not parse")
        }
    }

    @Test func cidrContainment() throws {
        let v4 = try #require(CIDRBlock("172.16.0.0/12"))
        #expect(v4.contains(try #require(IPAddress("172.31.255.255"))))
        #expect(!v4.contains(try #require(IPAddress("172.32.0.0"))))
        #expect(!v4.contains(try #require(IPAddress("::ffff:172.16.0.1"))), "families never mix")
        let v6 = try #require(CIDRBlock("fc00::/7"))
        #expect(v6.contains(try #require(IPAddress("fd12:3456::1"))))
        #expect(!v6.contains(try #require(IPAddress("fe00::1"))))
        let host = try #require(CIDRBlock(" 10.0.0.5 "))
        #expect(host.prefixLength == 32)
        #expect(host.contains(try #require(IPAddress("10.0.0.5"))))
        #expect(!host.contains(try #require(IPAddress("10.0.0.6"))))
        let everything = try #require(CIDRBlock("0.0.0.0/0"))
        #expect(everything.contains(try #require(IPAddress("8.8.8.8"))))
        for bad in ["10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/8/8", "ten/8", "/8"] {
            #expect(CIDRBlock(bad) == nil, "\(bad) should not parse")
        }
    }

    @Test func strictPolicyBlocksEveryInternalRange() throws {
        let blocked = [
            "10.1.2.3", "172.16.0.1", "172.31.9.9", "192.168.0.1", "127.0.0.1", "127.255.0.1", "169.254.1.1",
            "169.254.169.254", "100.64.0.1", "100.127.255.255", "0.0.0.0", "0.1.2.3", "224.0.0.251",
            "239.255.255.250", "255.255.255.255", "::1", "::", "fe80::1", "febf::1", "fc00::1", "fd00:ec2::254",
            "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "::127.0.0.1",
        ]
        for text in blocked {
            let address = try #require(IPAddress(text))
            #expect(!AddressPolicy.strict.allows(address), "\(text) must be blocked")
        }
        let allowed = ["8.8.8.8", "172.32.0.1", "100.128.0.1", "169.255.0.1", "2001:4860:4860::8888", "::ffff:1.1.1.1"]
        for text in allowed {
            let address = try #require(IPAddress(text))
            #expect(AddressPolicy.strict.allows(address), "\(text) must be allowed")
        }
        #expect(AddressPolicy.strict.blockReason(for: try #require(IPAddress("169.254.169.254"))) == "cloud metadata")
        #expect(AddressPolicy.strict.blockReason(for: try #require(IPAddress("fd00:ec2::254"))) == "cloud metadata")
        #expect(AddressPolicy.strict.blockReason(for: try #require(IPAddress("127.0.0.1"))) == "loopback")
    }

    @Test func allowListOpensOnlyItsRanges() throws {
        let policy = try AddressPolicy(allowList: "127.0.0.0/8, fd00::/8,,")
        #expect(policy.allows(try #require(IPAddress("127.0.0.1"))))
        #expect(policy.allows(try #require(IPAddress("::ffff:127.0.0.1"))))
        #expect(policy.allows(try #require(IPAddress("fd00::5"))))
        #expect(!policy.allows(try #require(IPAddress("::1"))))
        #expect(!policy.allows(try #require(IPAddress("10.0.0.1"))))
        #expect(AddressPolicy.allowAll.allows(try #require(IPAddress("10.0.0.1"))))
        #expect(try AddressPolicy(allowList: "").allows(try #require(IPAddress("127.0.0.1"))) == false)
    }

    @Test func allowListErrorNamesTheBadEntry() {
        do {
            _ = try AddressPolicy(allowList: "127.0.0.0/8, 10.0.0.0/40")
            Issue.record("expected a parse error")
        } catch {
            #expect(error.code == .invalidConfiguration)
            #expect(error.message.contains("10.0.0.0/40"))
        }
    }
}
