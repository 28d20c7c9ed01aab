import HTTPTypes
import HummingbirdTesting
import MeshCore
import MeshGateway
import MeshJSON
import NIOCore
import Testing

/// SPEC §7, `POST /jobs` and the request-shape errors every body route shares.
@Suite struct SubmitJobContractTests {
    @Test func submitCreatesThenReturnsExistingThenConflicts() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            let body = #"{"url":"https://example.com/a","corpus_name":"docs","job_id":"fixed-1"}"#
            let created = try await client.call(.post, "/jobs", json: body)
            #expect(created.status.code == 202)
            #expect(created.headers[.contentType] == "application/json")
            #expect(created.json?["job_id"] == "fixed-1")
            #expect(created.json?["status"] == "pending")
            #expect(created.json?["caller_id"] == "alice")

            let again = try await client.call(.post, "/jobs", json: body)
            #expect(again.status.code == 200)
            #expect(again.json?["job_id"] == "fixed-1")

            let conflict = try await client.call(
                .post, "/jobs", json: #"{"url":"https://example.com/b","corpus_name":"docs","job_id":"fixed-1"}"#)
            expectEnvelope(conflict, status: 409, code: "job_id_conflict")

            // Without a job_id every submission is a new job.
            let fresh = try await client.call(.post, "/jobs", json: #"{"url":"https://example.com/c","corpus_name":"docs"}"#)
            #expect(fresh.status.code == 202)
            #expect(fresh.json?["job_id"] != "fixed-1")
        }
    }

    @Test func malformedBodiesAre422() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            let missingURL = try await client.call(.post, "/jobs", json: #"{"corpus_name":"docs"}"#)
            expectEnvelope(missingURL, status: 422, code: "invalid_url")

            let invalidJSON = try await client.call(.post, "/jobs", json: #"{"url": "https://x.example","#)
            expectEnvelope(invalidJSON, status: 422, code: "invalid_json")

            let wrongType = try await client.call(.post, "/jobs", json: #"{"url": 42, "corpus_name": "docs"}"#)
            expectEnvelope(wrongType, status: 422, code: "invalid_json")
            #expect(wrongType.text.contains("url"))

            let unknownField = try await client.call(
                .post, "/jobs", json: #"{"url":"https://x.example","corpus_name":"docs","priority":1}"#)
            expectEnvelope(unknownField, status: 422, code: "invalid_json")
            #expect(unknownField.text.contains("priority"))

            let notAnObject = try await client.call(.post, "/jobs", json: "[1,2,3]")
            expectEnvelope(notAnObject, status: 422)

            let empty = try await client.call(.post, "/jobs", json: "")
            expectEnvelope(empty, status: 422, code: "invalid_json")

            let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
            expectEnvelope(try await client.call(.post, "/jobs", json: deep), status: 422, code: "invalid_json")
        }
    }

    @Test func unknownFieldsPassWhenStrictModeIsOff() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway({ $0.strictJSON = false }) { client in
            let response = try await client.call(
                .post, "/jobs", json: #"{"url":"https://x.example","corpus_name":"docs","priority":1}"#)
            #expect(response.status.code == 202)
        }
    }

    @Test func oversizeBodyIs413AndWrongContentTypeIs415() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway({ $0.maxBodyBytes = 1024 }) { client in
            let big = #"{"url":"https://x.example","corpus_name":""# + String(repeating: "a", count: 2000) + #""}"#
            expectEnvelope(try await client.call(.post, "/jobs", json: big), status: 413, code: "payload_too_large")

            let form = try await client.call(
                .post, "/jobs", json: "url=https://x.example", contentType: "application/x-www-form-urlencoded")
            expectEnvelope(form, status: 415, code: "unsupported_media_type")

            let noType = try await client.call(.post, "/jobs", json: #"{"url":"https://x.example"}"#, contentType: nil)
            expectEnvelope(noType, status: 415, code: "unsupported_media_type")

            let withCharset = try await client.call(
                .post, "/jobs", json: #"{"url":"https://x.example","corpus_name":"d"}"#,
                contentType: "application/json; charset=utf-8")
            #expect(withCharset.status.code == 202)
        }
    }

    @Test func queueFullIs429WithRetryAfter() async throws {
        let mesh = TestMesh()
        mesh.orchestrator.failSubmissions(
            with: RPCError(code: .resourceExhausted, message: "queue full", reason: "queue_full", metadata: ["retry-after": "7"]))
        try await mesh.withGateway { client in
            let response = try await client.call(.post, "/jobs", json: #"{"url":"https://x.example","corpus_name":"d"}"#)
            expectEnvelope(response, status: 429, code: "queue_full")
            #expect(response.header("Retry-After") == "7")
        }
    }
}
