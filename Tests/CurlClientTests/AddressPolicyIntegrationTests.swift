import CurlClient
import Testing

@Suite("Address policy on the connected address", .enabled(if: FixtureServer.available))
struct AddressPolicyIntegrationTests {
    @Test func strictPolicyBlocksLoopbackByAddressAndByName() async throws {
        try await FixtureServer.with { server in
            let strict = try HTTPFetcher()
            let byAddress = await TestSupport.fetchError { try await strict.fetch(FetchRequest(url: server.url("/ok"))) }
            #expect(byAddress?.reason == "blocked_address")
            #expect(byAddress?.message.contains("loopback") == true)
            // The name passes any URL-level check; only the connect-time check can stop it.
            let byName = await TestSupport.fetchError {
                try await strict.fetch(FetchRequest(url: "http://localhost:\(server.port)/ok"))
            }
            #expect(byName?.reason == "blocked_address")
            // The allow-list opens exactly its range: 127.0.0.1 is reached, ::1 stays blocked.
            let allowed = try TestSupport.loopbackFetcher()
            let response = try await allowed.fetch(FetchRequest(url: "http://localhost:\(server.port)/ok"))
            #expect(response.statusCode == 200, "allow-listed 127.0.0.0/8 reaches localhost via 127.0.0.1")
        }
    }

    @Test func closedPortIsConnectionRefused() async throws {
        let port = try TestSupport.closedPort()
        let fetcher = try TestSupport.loopbackFetcher()
        let error = await TestSupport.fetchError { try await fetcher.fetch(FetchRequest(url: "http://127.0.0.1:\(port)/")) }
        #expect(error?.reason == "connection_refused")
    }
}
