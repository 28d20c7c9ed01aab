import MeshContracts
import MeshCore
import MeshJSON
import Testing

@Suite("The public JSON mapping")
struct JSONMappingTests {
    @Test func jobsUseSnakeCaseNamesLowerCaseStatusesAndNulls() throws {
        let job = PipelineV1.Job(jobID: "j1", url: "https://example.com", corpusName: "docs", status: .pending)
        let json = try JSONParser.parse(job.jsonBytes())
        #expect(json["job_id"] == "j1")
        #expect(json["status"] == "pending")
        #expect(json["failed_stage"] == .null)
        #expect(json["error"] == .null)
        #expect(json["chunk_count"] == 0)
    }

    @Test func acceptsProtoAndLowerCamelNamesAndEnumSpellings() throws {
        let request = try PipelineV1.CompleteStageRequest(
            jsonString: #"{"jobId":"j","stage":"STAGE_CHUNKING","status":"failed","error_code":"http_403","chunk_count":"17"}"#)
        #expect(request == PipelineV1.CompleteStageRequest(jobID: "j", stage: .chunking, status: .failed, errorCode: "http_403", chunkCount: 17))
    }

    @Test func sixtyFourBitIntegersAreStrings() throws {
        let frame = MeshV1.Frame(callID: UInt64.max)
        #expect(try JSONParser.parse(frame.jsonBytes())["call_id"] == .string("18446744073709551615"))
        #expect(try MeshV1.Frame(jsonString: #"{"call_id":"18446744073709551615"}"#).callID == UInt64.max)
    }

    @Test func bytesAreBase64() throws {
        let echo = BenchV1.EchoRequest(payload: [0, 255, 1])
        #expect(try JSONParser.parse(echo.jsonBytes())["payload"] == "AP8B")
        #expect(try BenchV1.EchoRequest(jsonString: #"{"payload":"AP8B"}"#) == echo)
        // Unpadded and URL-safe base64 are accepted too.
        #expect(try BenchV1.EchoRequest(jsonString: #"{"payload":"AP8"}"#) == BenchV1.EchoRequest(payload: [0, 255]))
        #expect(try BenchV1.EchoRequest(jsonString: #"{"payload":"-_8"}"#) == BenchV1.EchoRequest(payload: [251, 255]))
    }

    @Test(arguments: [
        (#"{"url": 5}"#, "field 'url': expected string, got number"),
        (#"{"urll": "x"}"#, "field 'urll': unknown field"),
        (#"{"top_k": "many"}"#, "field 'top_k'"),
        (#"[1]"#, "expected object, got array"),
        (#"{"url": "x""#, "invalid JSON"),
    ])
    func badInputNamesTheField(_ body: String, _ expected: String) {
        do {
            if body.contains("top_k") {
                _ = try PipelineV1.SearchRequest(jsonString: body)
            } else {
                _ = try PipelineV1.SubmitJobRequest(jsonString: body)
            }
            Issue.record("accepted \(body)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
            #expect(error.rpcError.code == .invalidArgument)
        }
    }

    @Test func unknownFieldsCanBeIgnoredWhenAskedTo() throws {
        let request = try PipelineV1.SubmitJobRequest(
            jsonString: #"{"url":"u","extra":1}"#, options: JSONDecodingOptions(ignoreUnknownFields: true))
        #expect(request.url == "u")
    }

    @Test func nestedErrorsNameTheWholePath() {
        #expect(throws: JSONMappingError(path: "chunks[1].text", message: "expected string, got boolean")) {
            try PipelineV1.EmbedRequest(jsonString: #"{"chunks":[{"text":"a"},{"text":true}]}"#)
        }
    }

    @Test func unknownEnumNumbersArePreserved() throws {
        var job = PipelineV1.Job()
        job.status = PipelineV1.JobStatus(rawValue: 42)
        #expect(job.status == .unrecognized(42))
        #expect(try PipelineV1.Job(serializedBytes: job.serializedBytes()).status == .unrecognized(42))
        #expect(try PipelineV1.Job(jsonBytes: job.jsonBytes()).status == .unrecognized(42))
    }

    @Test func malformedProtobufIsAnInvalidArgument() {
        #expect(throws: RPCError.self) { try PipelineV1.Job(serializedBytes: [0x0A, 0x05, 0x61]) }
        do {
            _ = try MeshV1.Frame(serializedBytes: [0xFF, 0xFF, 0xFF])
        } catch {
            #expect(error.code == .invalidArgument)
            #expect(error.reason == "malformed_message")
        }
    }

    @Test func floatsAreWrittenInTheirShortestForm() throws {
        let result = PipelineV1.SearchResult(score: 0.8734)
        #expect(JSONWriter.string(result.jsonValue()).contains(#""score":0.8734"#))
    }
}

@Suite("Generated gateway routes")
struct GatewayRouteTableTests {
    @Test func everyPublicRouteOfTheSpecIsThere() {
        let routes = Set(GatewayRouteTable.routes.map { "\($0.verb) \($0.pathTemplate)" })
        #expect(routes == [
            "GET /health", "POST /jobs", "GET /jobs/{job_id}", "GET /jobs", "GET /jobs/{job_id}/events",
            "POST /jobs/{job_id}/complete", "POST /search", "POST /scrape", "POST /chunk", "POST /embed",
        ])
    }

    @Test func routesMatchPathsAndExtractParameters() throws {
        let route = try #require(GatewayRouteTable.routes.first { $0.pathTemplate == "/jobs/{job_id}/complete" })
        #expect(route.match(path: "/jobs/abc%20d/complete") == ["job_id": "abc d"])
        #expect(route.match(path: "/jobs/abc") == nil)
        #expect(route.allowedRoles == ["service"])
        #expect(route.internalOnly)
    }

    @Test func aRouteTranslatesJSONIntoTheBinaryCallAndBack() async throws {
        let transport = InProcessTransport(services: [SubmitRecorder()])
        let route = try #require(GatewayRouteTable.routes.first { $0.verb == "POST" && $0.pathTemplate == "/jobs" })
        guard case .unary(let handle) = route.handler else {
            Issue.record("POST /jobs is unary")
            return
        }
        let body = try JSONParser.parse(#"{"url":"https://example.com/a","corpus_name":"docs"}"#)
        let response = try await handle(GatewayRequest(body: body), transport, CallOptions())
        #expect(response.status == 202)
        #expect(response.body["url"] == "https://example.com/a")
        #expect(response.body["status"] == "pending")
    }

    @Test func theOpenAPIDocumentIsValidJSONListingEveryRoute() throws {
        let document = try JSONParser.parse(GatewayOpenAPI.document)
        #expect(document["openapi"] == "3.1.0")
        for route in GatewayRouteTable.routes {
            #expect(document["paths"]?[route.pathTemplate]?[route.verb.lowercased()] != nil, "\(route.verb) \(route.pathTemplate)")
        }
    }
}

/// Answers SubmitJob with a pending job made from the request.
private struct SubmitRecorder: PipelineV1.OrchestratorService {
    func submitJob(_ request: PipelineV1.SubmitJobRequest, context: ServerContext) async throws -> PipelineV1.SubmitJobResponse {
        PipelineV1.SubmitJobResponse(
            job: PipelineV1.Job(jobID: "j1", url: request.url, corpusName: request.corpusName, status: .pending), created: true)
    }
    func getJob(_ request: PipelineV1.GetJobRequest, context: ServerContext) async throws -> PipelineV1.Job { .init() }
    func listJobs(_ request: PipelineV1.ListJobsRequest, context: ServerContext) async throws -> PipelineV1.ListJobsResponse { .init() }
    func watchJob(_ request: PipelineV1.WatchJobRequest, writer: ServerStreamWriter<PipelineV1.JobEvent>, context: ServerContext) async throws {}
    func completeStage(_ request: PipelineV1.CompleteStageRequest, context: ServerContext) async throws -> PipelineV1.CompleteStageResponse { .init() }
}
