import MeshCore
import Testing

@Suite struct EndpointParsingTests {
    @Test(arguments: [
        ("orchestrator:9000", "orchestrator", 9000),
        ("127.0.0.1:1", "127.0.0.1", 1),
        ("[::1]:65535", "::1", 65535),
        ("[fe80::1%eth0]:80", "fe80::1%eth0", 80),
        ("search.mesh.svc.cluster.local:7000", "search.mesh.svc.cluster.local", 7000),
    ])
    func parsesHostAndPort(text: String, host: String, port: Int) throws {
        let endpoint = try Endpoint(parsing: text)
        #expect(endpoint == Endpoint(host: host, port: port))
        #expect(endpoint.description == text)
        #expect(try Endpoint(parsing: endpoint.description) == endpoint)
    }

    @Test(arguments: [
        ("localhost", "missing ':port'"),
        ("localhost:", "the port must be a number"),
        (":8080", "empty host"),
        ("host:0", "the port must be a number"),
        ("host:65536", "the port must be a number"),
        ("host:+80", "the port must be a number"),
        ("host:http", "the port must be a number"),
        ("::1:8080", "must be written in brackets"),
        ("[::1:8080", "missing ']'"),
        ("[::1]8080", "expected ':port'"),
        ("[::1]", "expected ':port'"),
        ("[]:80", "empty host"),
        ("[localhost]:80", "only for IPv6"),
        ("my host:80", "contains a space"),
        ("", "missing ':port'"),
    ])
    func rejectsMalformedAddressesClearly(text: String, why: String) {
        let error = #expect(throws: DiscoveryError.self) { try Endpoint(parsing: text) }
        #expect(error?.code == .invalidAddress)
        #expect(error?.message.contains(why) == true, "\(error?.message ?? "no error")")
        #expect(error?.description.hasPrefix("invalid_address: '\(text)'") == true)
    }

    @Test func ipv6DescriptionUsesBrackets() {
        #expect(Endpoint(host: "2001:db8::7", port: 443).description == "[2001:db8::7]:443")
        #expect(Endpoint(host: "10.0.0.7", port: 443).description == "10.0.0.7:443")
    }
}

@Suite struct EndpointResolverTests {
    @Test func staticResolverReturnsItsEndpoints() async throws {
        let endpoints = [Endpoint(host: "a", port: 1), Endpoint(host: "b", port: 2)]
        #expect(try await StaticResolver(endpoints).resolve() == endpoints)
    }

    @Test func dnsResolvesLocalhostToLoopback() async throws {
        let endpoints = try await DNSResolver(host: "localhost", port: 9000).resolve()
        #expect(!endpoints.isEmpty)
        #expect(endpoints.allSatisfy { $0.host == "127.0.0.1" || $0.host == "::1" }, "\(endpoints)")
        #expect(endpoints.allSatisfy { $0.port == 9000 })
        #expect(Set(endpoints).count == endpoints.count)
    }

    @Test(arguments: ["127.0.0.1", "::1", "10.1.2.3"])
    func dnsReturnsANumericAddressAsIs(address: String) async throws {
        #expect(try await DNSResolver(host: address, port: 8443).resolve() == [Endpoint(host: address, port: 8443)])
    }

    @Test func dnsRejectsAMissingHostOrABadPort() async {
        let resolvers = [
            DNSResolver(host: "", port: 80), DNSResolver(host: "localhost", port: 0),
            DNSResolver(host: "localhost", port: 70_000),
        ]
        for resolver in resolvers {
            let error = await #expect(throws: DiscoveryError.self) { try await resolver.resolve() }
            #expect(error?.code == .invalidAddress)
        }
    }

    #if os(Linux)
    /// glibc refuses an IPv6 literal with an unknown scope before consulting /etc/hosts or DNS, so this
    /// exercises the getaddrinfo error path without any network.
    @Test func dnsFailuresCarryTheResolverErrorText() async {
        let error = await #expect(throws: DiscoveryError.self) {
            try await DNSResolver(host: "::1%nosuchinterface0", port: 80).resolve()
        }
        #expect(error?.code == .resolutionFailed)
        #expect(error?.message == "cannot resolve '::1%nosuchinterface0': Name or service not known")
    }
    #endif

    @Test func manyConcurrentLookupsAllComplete() async throws {
        let results = try await withThrowingTaskGroup(of: [Endpoint].self) { group in
            for _ in 0..<32 { group.addTask { try await DNSResolver(host: "127.0.0.1", port: 1234).resolve() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 32)
        #expect(results.allSatisfy { $0 == [Endpoint(host: "127.0.0.1", port: 1234)] })
    }

    @Test func aCancelledLookupThrowsCancellationError() async {
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await DNSResolver(host: "localhost", port: 80).resolve()
        }
        await #expect(throws: CancellationError.self) { try await task.value }
    }
}

@Suite struct EndpointSetTests {
    private let a = Endpoint(host: "10.0.0.1", port: 80)
    private let b = Endpoint(host: "10.0.0.2", port: 80)
    private let c = Endpoint(host: "10.0.0.3", port: 80)
    private let d = Endpoint(host: "10.0.0.3", port: 81)

    @Test func diffsOldAndNewLists() {
        let changes = EndpointSet.changes(from: [a, b, c], to: [c, d, a])
        #expect(changes.added == [d])
        #expect(changes.removed == [b])
        #expect(!changes.isEmpty)
        #expect(EndpointSet.changes(from: [a, b], to: [b, a]).isEmpty)
        #expect(EndpointSet.changes(from: [], to: [a, a, b]) == .init(added: [a, b], removed: []))
        #expect(EndpointSet.changes(from: [a, b], to: []) == .init(added: [], removed: [a, b]))
    }

    @Test func updateKeepsTheNewListAndReportsChanges() {
        var set = EndpointSet([a, b, b])
        #expect(set.endpoints == [a, b])
        #expect(set.update(to: [b, c]) == .init(added: [c], removed: [a]))
        #expect(set.endpoints == [b, c])
        #expect(set.update(to: [c, b]).isEmpty)
        #expect(set.endpoints == [c, b])
    }
}
