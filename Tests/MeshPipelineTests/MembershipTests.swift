import MeshContracts
import MeshCore
import MeshPipeline
import PostgresClient
import Testing

@Suite("Membership (PostgreSQL)", .enabled(if: TestEnvironment.postgresURL != nil))
struct MembershipTests {
    @Test func createValidateListRevoke() async throws {
        try await TestDatabase.with { database in
            let store = MembershipStore(pool: database.pool)
            let service = MembershipServiceImpl(store: store, logger: TestEnvironment.logger)
            let client = PipelineV1.MembershipClient(transport: InProcessTransport(services: [service]))
            let admin = TestEnvironment.options(caller: "root", role: "admin")

            let created = try await client.createKey(
                PipelineV1.CreateKeyRequest(role: .user, callerID: "alice", label: "laptop"), options: admin)
            let secret = created.apiKey
            let key = try #require(created.key)
            #expect(secret.hasPrefix("mk_"))
            #expect(key.callerID == "alice")
            #expect(key.role == .user)
            #expect(key.revokedAt.isEmpty)

            // Only the hash is stored: the secret appears nowhere in the table.
            let rows = try await database.pool.query("SELECT key_hash, api_keys::text FROM api_keys")
            #expect(rows.count == 1)
            let storedHash = try rows[0].decode(String.self, at: 0)
            #expect(storedHash == SHA256.hexDigest(secret))
            #expect(!(try rows[0].decode(String.self, at: 1)).contains(secret))

            let validated = try await client.validateKey(PipelineV1.ValidateKeyRequest(apiKey: secret))
            #expect(validated.caller == PipelineV1.CallerContext(callerID: "alice", role: .user, keyID: key.keyID))

            var wrong = Array(secret)
            wrong[wrong.count - 1] = wrong[wrong.count - 1] == "0" ? "1" : "0"
            for bad in ["", "mk_nothing", String(wrong), "mk_" + String(repeating: "0", count: 16) + "_" + String(repeating: "a", count: 64)] {
                let error = await rpcError { _ = try await client.validateKey(PipelineV1.ValidateKeyRequest(apiKey: bad)) }
                #expect(error?.code == .unauthenticated)
                #expect(error?.reason == "invalid_api_key")
            }

            let generated = try await store.createKey(role: .service)
            #expect(generated.key.callerID.hasPrefix("caller_"))
            #expect(try await client.listKeys(PipelineV1.ListKeysRequest(), options: admin).keys.map(\.keyID)
                == [key.keyID, generated.key.keyID])

            let revoked = try await client.revokeKey(PipelineV1.RevokeKeyRequest(keyID: key.keyID), options: admin)
            #expect(revoked.key?.revokedAt.isEmpty == false)
            let again = try await client.revokeKey(PipelineV1.RevokeKeyRequest(keyID: key.keyID), options: admin)
            #expect(again.key?.revokedAt == revoked.key?.revokedAt)
            let refused = await rpcError { _ = try await client.validateKey(PipelineV1.ValidateKeyRequest(apiKey: secret)) }
            #expect(refused?.code == .unauthenticated)
            #expect(refused?.reason == "revoked_api_key")
            #expect(try await client.validateKey(PipelineV1.ValidateKeyRequest(apiKey: generated.secret)).caller?.role == .service)

            let unknown = await rpcError { _ = try await client.revokeKey(PipelineV1.RevokeKeyRequest(keyID: "nope"), options: admin) }
            #expect(unknown?.code == .notFound)
            let badRole = await rpcError { _ = try await client.createKey(PipelineV1.CreateKeyRequest(), options: admin) }
            #expect(badRole?.reason == "invalid_role")
        }
    }
}
