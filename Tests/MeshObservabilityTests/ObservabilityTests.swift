import CoreMetrics
import CurlClient
import Foundation
import Logging
import MeshCore
import MeshJSON
import MeshObservability
import Prometheus
import ServiceLifecycle
import Synchronization
import Testing

@Suite("Observability")
struct ObservabilityTests {
    private let method = MethodDescriptor(service: "mesh.pipeline.v1.Search", method: "Search", kind: .unary, isIdempotent: true)

    @Test func traceparentParsesAndContinuesTheTrace() throws {
        let parent = try #require(TraceContext(traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
        #expect(parent.traceID == "4bf92f3577b34da6a3ce929d0e0e4736")
        let child = parent.child()
        #expect(child.traceID == parent.traceID && child.spanID != parent.spanID)
        #expect(TraceContext(traceparent: child.traceparent) == child)
        for bad in ["", "00-xyz-00f067aa0ba902b7-01", "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                    "00-00000000000000000000000000000000-00f067aa0ba902b7-01"] {
            #expect(TraceContext(traceparent: bad) == nil, "\(bad)")
        }
    }

    @Test func theTraceInterceptorKeepsTheTraceOrStartsOne() throws {
        var context = ServerContext(method: method, metadata: ["traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"], deadline: nil, peer: "t")
        try TraceContextInterceptor().willHandle(&context)
        #expect(context.metadata["traceparent"]?.contains("4bf92f3577b34da6a3ce929d0e0e4736") == true)
        var fresh = ServerContext(method: method, metadata: [:], deadline: nil, peer: "t")
        try TraceContextInterceptor().willHandle(&fresh)
        #expect(fresh.metadata["traceparent"].flatMap(TraceContext.init(traceparent:)) != nil)
    }

    @Test func rpcMetricsCountCallsByCodeAndTimeThem() {
        let registry = PrometheusCollectorRegistry()
        let interceptor = RPCMetricsInterceptor(factory: PrometheusMetricsFactory(registry: registry))
        let context = ServerContext(method: method, metadata: [:], deadline: nil, peer: "t")
        interceptor.didHandle(context, error: nil, duration: .milliseconds(3))
        interceptor.didHandle(context, error: nil, duration: .milliseconds(4))
        interceptor.didHandle(context, error: RPCError(code: .notFound, message: "x"), duration: .milliseconds(1))
        let text = registry.emitToString()
        #expect(text.contains(#"mesh_rpc_requests_total{service="mesh.pipeline.v1.Search",method="Search",code="OK"} 2"#), "\(text)")
        #expect(text.contains(#"mesh_rpc_requests_total{service="mesh.pipeline.v1.Search",method="Search",code="NOT_FOUND"} 1"#))
        #expect(text.contains("mesh_rpc_request_duration_seconds_bucket"))
    }

    @Test func logsAreOneJSONObjectPerLineWithTheMetadataAsFields() throws {
        let lines = Mutex<[String]>([])
        let handler = JSONLogHandler(label: "test", write: { bytes in lines.withLock { $0.append(String(decoding: bytes, as: UTF8.self)) } })
        var logger = Logger(label: "test", factory: { _ in handler })
        logger[metadataKey: "service"] = "orchestrator"
        logger.error("stage failed \"quoted\"", metadata: ["job_id": "j1", "failed_stage": "scraping", "error_code": "http_403", "trace_id": "abc"])
        let line = try #require(lines.withLock { $0.first })
        #expect(line.hasSuffix("\n"))
        let json = try JSONParser.parse(String(line.dropLast()))
        #expect(json["msg"] == "stage failed \"quoted\"")
        #expect(json["level"] == "error")
        #expect(json["job_id"] == "j1" && json["failed_stage"] == "scraping" && json["error_code"] == "http_403")
        #expect(json["trace_id"] == "abc" && json["service"] == "orchestrator")
        #expect(json["ts"] != nil)
    }

    @Test func theMetricsEndpointServesPrometheusText() async throws {
        let registry = PrometheusCollectorRegistry()
        CoreMetrics.Counter(label: "mesh_test_total", factory: PrometheusMetricsFactory(registry: registry)).increment()
        let port = Int.random(in: 20000...40000)
        let endpoint = MetricsEndpoint(host: "127.0.0.1", port: port, registry: registry, logger: Logger(label: "t"))
        var configuration = HTTPFetcher.Configuration()
        configuration.addressPolicy = try AddressPolicy(allowCIDRs: ["127.0.0.0/8"])
        let fetcher = try HTTPFetcher(configuration: configuration)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await endpoint.run() }
            var body = ""
            for _ in 0..<100 {
                if let response = try? await fetcher.fetch(FetchRequest(url: "http://127.0.0.1:\(port)/metrics")), response.statusCode == 200 {
                    body = response.text
                    break
                }
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(body.contains("mesh_test_total 1"))
            let missing = try await fetcher.fetch(FetchRequest(url: "http://127.0.0.1:\(port)/other"))
            #expect(missing.statusCode == 404)
            group.cancelAll()
        }
    }
}
