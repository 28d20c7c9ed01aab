import Testing

@Suite("Integration guard")
struct IntegrationGuardTests {
    /// CI sets MESH_REQUIRE_INTEGRATION=1: then missing server URLs are a failure, never a silent skip.
    @Test func serversConfiguredWhenRequired() {
        if TestEnvironment.required {
            #expect(TestEnvironment.postgresURL != nil, "MESH_REQUIRE_INTEGRATION=1 but MESH_TEST_POSTGRES_URL is unset")
            #expect(TestEnvironment.redisURL != nil, "MESH_REQUIRE_INTEGRATION=1 but MESH_TEST_REDIS_URL is unset")
            #expect(TestEnvironment.python != nil, "MESH_REQUIRE_INTEGRATION=1 but python3 is missing")
        }
    }
}
