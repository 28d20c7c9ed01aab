import HTTPTypes
import HummingbirdTesting
import MeshCore
import MeshGateway
import MeshJSON
import NIOCore
import Testing

/// SPEC §7: allowed roles per route, and internal-only routes (service key AND internal address).
@Suite struct AuthorizationContractTests {
    static let complete = #"{"stage":"scraping","status":"success"}"#

    @Test func rolesFromTheRouteTable() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            let embed = #"{"corpus_name":"docs","chunks":[{"chunk_id":"c1","text":"hello"}]}"#
            expectEnvelope(try await client.call(.post, "/embed", json: embed), status: 403, code: "forbidden")
            let embedded = try await client.call(.post, "/embed", key: TestMesh.serviceKey, json: embed)
            #expect(embedded.status.code == 200)
            #expect(embedded.json?["upserted"] == 1)

            let job = try await client.call(.post, "/jobs", json: #"{"url":"https://x.example","corpus_name":"d"}"#)
            guard case .string(let id)? = job.json?["job_id"] else { throw TestFailure("no job_id") }
            // A user key is refused even from loopback; a service key from loopback (internal) is served.
            expectEnvelope(try await client.call(.post, "/jobs/\(id)/complete", json: Self.complete), status: 403)
            let advanced = try await client.call(.post, "/jobs/\(id)/complete", key: TestMesh.serviceKey, json: Self.complete)
            #expect(advanced.status.code == 200)
            #expect(advanced.json?["status"] == "advanced")
            let again = try await client.call(.post, "/jobs/\(id)/complete", key: TestMesh.serviceKey, json: Self.complete)
            #expect(again.status.code == 200)
            #expect(again.json?["status"] == "already_advanced")
            #expect(again.json?["job"]?["status"] == "chunking")
        }
    }

    @Test func serviceKeyFromAnExternalAddressIs403() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway({ $0.clientAddresses.loopbackIsInternal = false }) { client in
            let response = try await client.call(.post, "/jobs/any/complete", key: TestMesh.serviceKey, json: Self.complete)
            expectEnvelope(response, status: 403, code: "forbidden")
        }
    }

    @Test func forwardedForIsReadOnlyFromTrustedProxies() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway({
            $0.clientAddresses = ClientAddressPolicy(
                internalNetworks: [IPNetwork("10.0.0.0/8")].compactMap { $0 }, loopbackIsInternal: false,
                trustedProxies: [IPNetwork("127.0.0.1/32"), IPNetwork("::1/128")].compactMap { $0 })
        }) { client in
            let job = try await client.call(.post, "/jobs", json: #"{"url":"https://x.example","corpus_name":"d"}"#)
            guard case .string(let id)? = job.json?["job_id"] else { throw TestFailure("no job_id") }
            let external = try await client.call(
                .post, "/jobs/\(id)/complete", key: TestMesh.serviceKey, json: Self.complete,
                headers: ["X-Forwarded-For": "10.1.2.3, 203.0.113.9"])
            expectEnvelope(external, status: 403)
            let internalClient = try await client.call(
                .post, "/jobs/\(id)/complete", key: TestMesh.serviceKey, json: Self.complete,
                headers: ["X-Forwarded-For": "10.1.2.3"])
            #expect(internalClient.status.code == 200)
        }
        // Without trusted proxies the header is ignored: a spoofed internal address does not help.
        try await mesh.withGateway({
            $0.clientAddresses = ClientAddressPolicy(
                internalNetworks: [IPNetwork("10.0.0.0/8")].compactMap { $0 }, loopbackIsInternal: false)
        }) { client in
            let spoofed = try await client.call(
                .post, "/jobs/x/complete", key: TestMesh.serviceKey, json: Self.complete,
                headers: ["X-Forwarded-For": "10.1.2.3"])
            expectEnvelope(spoofed, status: 403)
        }
    }

    @Test func jobsAreScopedToTheirOwner() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            let job = try await client.call(.post, "/jobs", json: #"{"url":"https://x.example","corpus_name":"d"}"#)
            guard case .string(let id)? = job.json?["job_id"] else { throw TestFailure("no job_id") }
            let mine = try await client.call(.get, "/jobs/\(id)")
            #expect(mine.status.code == 200)
            #expect(mine.json?["job_id"] == .string(id))
            expectEnvelope(try await client.call(.get, "/jobs/\(id)", key: TestMesh.otherUserKey), status: 404, code: "job_not_found")
            expectEnvelope(try await client.call(.get, "/jobs/does-not-exist"), status: 404, code: "job_not_found")
        }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
