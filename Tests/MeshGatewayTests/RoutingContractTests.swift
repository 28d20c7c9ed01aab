import Foundation
import HTTPTypes
import HummingbirdTesting
import MeshContracts
import MeshCore
import MeshGateway
import MeshJSON
import NIOCore
import Testing

/// Unknown paths, wrong methods, status mapping of service failures, forwarding, list paging,
/// OpenAPI, health, metrics.
@Suite struct RoutingContractTests {
    @Test func unknownPathIs404AndWrongMethodIs405() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            expectEnvelope(try await client.call(.get, "/nope"), status: 404, code: "not_found")
            expectEnvelope(try await client.call(.get, "/jobs/a/b/c"), status: 404, code: "not_found")
            let wrongMethod = try await client.call(.delete, "/jobs")
            expectEnvelope(wrongMethod, status: 405, code: "method_not_allowed")
            #expect(Set((wrongMethod.header("Allow") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) == ["GET", "POST"])
            expectEnvelope(try await client.call(.get, "/search"), status: 405)
            expectEnvelope(try await client.call(.put, "/jobs/abc"), status: 405)
        }
    }

    @Test func serviceFailuresMapToStatuses() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway({ $0.routeDeadlines["POST /scrape"] = .milliseconds(200) }) { client in
            // DEADLINE_EXCEEDED → 504, pointing slow scrapes at POST /jobs.
            mesh.scraper.configure(delay: .seconds(5))
            let slow = try await client.call(.post, "/scrape", json: #"{"url":"https://slow.example"}"#)
            expectEnvelope(slow, status: 504)
            #expect(slow.text.contains("POST /jobs"))

            mesh.scraper.configure(failure: RPCError(code: .unavailable, message: "scraper draining"))
            expectEnvelope(try await client.call(.post, "/scrape", json: #"{"url":"https://x.example"}"#), status: 503)
            mesh.scraper.configure(failure: RPCError(code: .deadlineExceeded, message: "fetch timed out", reason: "timeout"))
            expectEnvelope(
                try await client.call(.post, "/scrape", json: #"{"url":"https://x.example"}"#), status: 504, code: "timeout")
            mesh.scraper.configure(failure: RPCError(code: .permissionDenied, message: "target refused", reason: "internal_target"))
            expectEnvelope(
                try await client.call(.post, "/scrape", json: #"{"url":"https://x.example"}"#), status: 403,
                code: "internal_target")
            mesh.scraper.configure(failure: RPCError(code: .dataLoss, message: "disk /var/lib/secret corrupted"))
            let dataLoss = try await client.call(.post, "/scrape", json: #"{"url":"https://x.example"}"#)
            expectEnvelope(dataLoss, status: 500, code: "internal")
            #expect(!dataLoss.text.contains("secret"))
            mesh.scraper.configure()
            let scraped = try await client.call(.post, "/scrape", json: #"{"url":"https://x.example"}"#)
            #expect(scraped.status.code == 200)
            #expect(scraped.json?["content"] == "hello")

            // An unexpected Swift error in a service: 500, nothing of it in the body.
            let exploded = try await client.call(.post, "/search", json: #"{"corpus_name":"c","query":"explode"}"#)
            expectEnvelope(exploded, status: 500, code: "internal")
            #expect(!exploded.text.contains("secret_column"))
            #expect(!exploded.text.contains("DatabaseFailure"))

            // RESOURCE_EXHAUSTED with reason too_large → 413.
            let huge = String(repeating: "w ", count: 1_500)
            expectEnvelope(
                try await client.call(.post, "/chunk", json: #"{"content":"\#(huge)"}"#), status: 413, code: "too_large")
            let chunks = try await client.call(.post, "/chunk", json: #"{"content":"a b c"}"#)
            #expect(chunks.status.code == 200)
            #expect(chunks.json?["chunks"]?["missing"] == nil)

            let search = try await client.call(.post, "/search", json: #"{"corpus_name":"c","query":"q"}"#)
            #expect(search.status.code == 200)
            #expect(search.json?["results"].map { if case .array(let items) = $0 { items.count } else { 0 } } == 2)
            expectEnvelope(try await client.call(.post, "/search", json: #"{"corpus_name":"c"}"#), status: 422)
        }
    }

    @Test func identityRequestIDAndTraceContextAreForwarded() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            let traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
            let response = try await client.call(
                .post, "/jobs", json: #"{"url":"https://x.example","corpus_name":"d"}"#,
                headers: ["X-Request-Id": "req-42", "traceparent": traceparent])
            #expect(response.header("X-Request-Id") == "req-42")
            let metadata = mesh.orchestrator.lastMetadata
            #expect(metadata[MetadataKey.callerID] == "alice")
            #expect(metadata[MetadataKey.callerRole] == "user")
            #expect(metadata[MetadataKey.requestID] == "req-42")
            #expect(metadata[MetadataKey.traceparent] == traceparent)
            #expect(metadata[MetadataKey.authorization] == "Bearer gateway-secret")

            // No client ids: fresh ones are made, returned, and forwarded.
            let generated = try await client.call(.get, "/jobs/unknown")
            let requestID = generated.header("X-Request-Id")
            #expect(requestID?.count == 32)
            #expect(mesh.orchestrator.lastMetadata[MetadataKey.requestID] == requestID)
            let newTrace = mesh.orchestrator.lastMetadata[MetadataKey.traceparent] ?? ""
            #expect(newTrace.hasPrefix("00-") && newTrace.count == 55 && newTrace != traceparent)
        }
    }

    @Test func listJobsPagesWithNextCursor() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            for index in 0..<3 {
                _ = try await client.call(.post, "/jobs", json: #"{"url":"https://x.example/\#(index)","corpus_name":"d"}"#)
            }
            _ = try await client.call(.post, "/jobs", key: TestMesh.otherUserKey, json: #"{"url":"https://b.example","corpus_name":"d"}"#)
            let first = try await client.call(.get, "/jobs?limit=2")
            #expect(first.status.code == 200)
            guard case .array(let page)? = first.json else { throw TestFailure("not an array: \(first.text)") }
            #expect(page.count == 2)
            #expect(page.first?["url"] == "https://x.example/2", "newest first")
            let cursor = try #require(first.header("X-Next-Cursor"))
            let second = try await client.call(.get, "/jobs?limit=2&cursor=\(cursor)")
            guard case .array(let rest)? = second.json else { throw TestFailure("not an array") }
            #expect(rest.count == 1)
            #expect(second.header("X-Next-Cursor") == nil)
            expectEnvelope(try await client.call(.get, "/jobs?limit=abc"), status: 422)
        }
    }

    @Test func openAPIDocumentIsServed() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            let response = try await client.call(.get, "/openapi.json", key: nil)
            #expect(response.status.code == 200)
            #expect(response.headers[.contentType] == "application/json")
            let document = try JSONParser.parse(Array(response.body.readableBytesView))
            #expect(document["openapi"] == "3.1.0")
            for route in GatewayRouteTable.routes {
                #expect(document["paths"]?[route.pathTemplate]?[route.verb.lowercased()] != nil, "\(route.verb) \(route.pathTemplate)")
            }
        }
    }

    @Test func healthIs200WhenAllServeAnd503Otherwise() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            let healthy = try await client.call(.get, "/health", key: nil)
            #expect(healthy.status.code == 200)
            #expect(healthy.json?["status"] == "ok")
            #expect(healthy.json?["services"]?["orchestrator"] == "serving")
            #expect(healthy.json?["services"]?["membership"] == "serving")

            mesh.health.setServing(false, service: PipelineV1.Search.serviceName)
            let degraded = try await client.call(.get, "/health", key: nil)
            #expect(degraded.status.code == 503)
            #expect(degraded.json?["status"] == "degraded")
            #expect(degraded.json?["services"]?["search"] == "not_serving")
            #expect(degraded.json?["services"]?["chunker"] == "serving")
        }
        let transport = mesh.transport
        try await mesh.withGateway({ configuration in
            configuration.serviceTransport = { service in
                service == PipelineV1.Embedder.serviceName ? DownTransport() as any ClientTransport : transport
            }
        }) { client in
            let response = try await client.call(.get, "/health", key: nil)
            #expect(response.status.code == 503)
            #expect(response.json?["services"]?["embedder"] == "unreachable")
        }
    }

    @Test func metricsCountRequestsAndErrorsPerRoute() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            _ = try await client.call(.get, "/jobs")
            _ = try await client.call(.get, "/jobs/unknown")
            _ = try await client.call(.get, "/nope")
            let metrics = try await client.call(.get, "/metrics", key: nil)
            #expect(metrics.status.code == 200)
            let text = metrics.text
            #expect(text.contains(#"mesh_gateway_requests_total{method="GET",route="/jobs"} 1"#))
            #expect(text.contains(#"mesh_gateway_errors_total{method="GET",route="/jobs/{job_id}",status="404"} 1"#))
            #expect(text.contains(#"route="unmatched",status="404""#))
            #expect(text.contains("mesh_gateway_request_duration_seconds_bucket"))
            #expect(text.contains("mesh_gateway_auth_cache_total"))
        }
        try await mesh.withGateway({ $0.clientAddresses.loopbackIsInternal = false }) { client in
            expectEnvelope(try await client.call(.get, "/metrics", key: nil), status: 403)
        }
    }
}
