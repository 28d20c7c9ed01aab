import HTTPTypes
import HummingbirdTesting
import MeshContracts
import MeshCore
import MeshGateway
import MeshJSON
import NIOCore
import Testing

/// SPEC §7: X-API-Key on every route but the public ones, the 60 s cache, the membership breaker.
@Suite struct AuthContractTests {
    @Test func missingAndUnknownKeysAre401OnEveryProtectedRoute() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            let routes: [(HTTPRequest.Method, String, String?)] = [
                (.post, "/jobs", "{}"), (.get, "/jobs", nil), (.get, "/jobs/x", nil), (.get, "/jobs/x/events", nil),
                (.post, "/jobs/x/complete", "{}"), (.post, "/search", "{}"), (.post, "/scrape", "{}"),
                (.post, "/chunk", "{}"), (.post, "/embed", "{}"),
            ]
            for (method, path, body) in routes {
                expectEnvelope(try await client.call(method, path, key: nil, json: body), status: 401, code: "unauthenticated")
                expectEnvelope(
                    try await client.call(method, path, key: "no-such-key", json: body), status: 401, code: "unauthenticated")
                // 401s carry no rate-limit headers (there is no caller to count) but always a request id.
                let response = try await client.call(method, path, key: nil, json: body)
                #expect(response.header("X-Request-Id") != nil)
            }
            // Public routes need no key.
            #expect(try await client.call(.get, "/health", key: nil).status.code == 200)
            #expect(try await client.call(.get, "/openapi.json", key: nil).status.code == 200)
        }
    }

    @Test func cacheHitsSkipMembershipAndRevocationBitesAfterTheTTL() async throws {
        let mesh = TestMesh()
        mesh.membership.add(key: "key-soon-revoked", callerID: "carol", role: .user)
        try await mesh.withGateway({ $0.authentication.cacheTTL = .seconds(60) }) { client in
            #expect(try await client.call(.get, "/jobs", key: "key-soon-revoked").status.code == 200)
            let callsAfterFirst = mesh.membership.calls
            for _ in 0..<5 {
                #expect(try await client.call(.get, "/jobs", key: "key-soon-revoked").status.code == 200)
            }
            #expect(mesh.membership.calls == callsAfterFirst, "cache hits must not call membership")

            mesh.membership.revoke(key: "key-soon-revoked")
            mesh.clock.advance(by: .seconds(59))
            #expect(try await client.call(.get, "/jobs", key: "key-soon-revoked").status.code == 200)
            mesh.clock.advance(by: .seconds(2))
            let refused = try await client.call(.get, "/jobs", key: "key-soon-revoked")
            expectEnvelope(refused, status: 401, code: "unauthenticated")
            #expect(mesh.membership.calls == callsAfterFirst + 1)
        }
    }

    @Test func membershipCallsCarryTheServiceCredentialAndRequestID() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            _ = try await client.call(.get, "/jobs", headers: ["X-Request-Id": "req-membership-1"])
            #expect(mesh.membership.lastMetadata[MetadataKey.authorization] == "Bearer gateway-secret")
            #expect(mesh.membership.lastMetadata[MetadataKey.requestID] == "req-membership-1")
        }
    }

    @Test func membershipDownGives503ThenTheBreakerAnswersAloneThenRecovers() async throws {
        let mesh = TestMesh()
        mesh.membership.setDown(true)
        try await mesh.withGateway({
            $0.authentication.breaker = CircuitBreaker.Configuration(
                failureThreshold: 3, coolDown: .seconds(5), probeTimeout: .seconds(5))
        }) { client in
            for _ in 0..<3 {
                expectEnvelope(try await client.call(.get, "/jobs"), status: 503, code: "membership_unavailable")
            }
            #expect(mesh.membership.calls == 3)
            for _ in 0..<5 {
                let response = try await client.call(.get, "/jobs")
                expectEnvelope(response, status: 503, code: "membership_unavailable")
                #expect(response.header("Retry-After") != nil)
            }
            #expect(mesh.membership.calls == 3, "an open breaker must not call membership")

            // Cool-down passes while membership is still down: one probe, which fails and re-opens.
            mesh.clock.advance(by: .seconds(6))
            expectEnvelope(try await client.call(.get, "/jobs"), status: 503)
            #expect(mesh.membership.calls == 4)
            expectEnvelope(try await client.call(.get, "/jobs"), status: 503)
            #expect(mesh.membership.calls == 4)

            // Membership is back: the next probe succeeds and the breaker closes.
            mesh.membership.setDown(false)
            mesh.clock.advance(by: .seconds(6))
            #expect(try await client.call(.get, "/jobs").status.code == 200)
            #expect(try await client.call(.get, "/jobs", key: TestMesh.otherUserKey).status.code == 200)
            #expect(mesh.membership.calls == 6)
        }
    }
}
