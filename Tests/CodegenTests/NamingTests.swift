import Testing

@testable import MeshCodegen

@Suite("Naming from proto to Swift and protoc-c")
struct NamingTests {
    @Test func namespacesUseTheLastTwoPackageComponents() {
        #expect(Naming.namespace(forPackage: "mesh.v1") == "MeshV1")
        #expect(Naming.namespace(forPackage: "mesh.pipeline.v1") == "PipelineV1")
    }

    @Test func cNamesFollowProtocC() {
        #expect(Naming.cStructName(package: "mesh.v1", path: ["Req", "MEntry"]) == "Mesh__V1__Req__MEntry")
        #expect(Naming.cFunctionPrefix(package: "mesh.v1", path: ["HttpRule"]) == "mesh__v1__http_rule")
        #expect(Naming.cFunctionPrefix(package: "mesh.v1", path: ["Req", "MEntry"]) == "mesh__v1__req__mentry")
        #expect(Naming.cFieldName("public") == "public_")
        #expect(Naming.cFieldName("job_id") == "job_id")
    }

    @Test func swiftNamesReadNaturally() {
        #expect(Naming.swiftPropertyName("job_id") == "jobID")
        #expect(Naming.swiftPropertyName("source_url") == "sourceURL")
        #expect(Naming.swiftPropertyName("public") == "`public`")
        #expect(Naming.swiftCaseName("JOB_STATUS_PENDING", enumName: "JobStatus") == "pending")
        #expect(Naming.swiftCaseName("INVALID_ARGUMENT", enumName: "StatusCode") == "invalidArgument")
        #expect(Naming.swiftCaseName("INTERNAL", enumName: "StatusCode") == "`internal`")
        #expect(Naming.jsonName("corpus_name") == "corpusName")
    }
}
