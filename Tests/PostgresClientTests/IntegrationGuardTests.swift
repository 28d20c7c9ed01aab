import Testing

@Suite("Integration guard")
struct IntegrationGuardTests {
    /// CI sets MESH_REQUIRE_INTEGRATION=1: then a missing server URL is a failure, never a silent skip.
    @Test("MESH_TEST_POSTGRES_URL is set when MESH_REQUIRE_INTEGRATION=1")
    func integrationURLPresentWhenRequired() {
        if Integration.required {
            #expect(Integration.url != nil, "MESH_REQUIRE_INTEGRATION=1 but MESH_TEST_POSTGRES_URL is not set")
        }
    }
}
