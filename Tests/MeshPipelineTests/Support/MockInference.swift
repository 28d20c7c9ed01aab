import CurlClient
import MeshJSON

/// Controls `Fixtures/mock_inference.py` over HTTP.
struct MockInference: Sendable {
    let server: PythonServer
    let fetcher: HTTPFetcher

    static func with<T>(dims: Int = 16, _ body: (MockInference) async throws -> T) async throws -> T {
        try await PythonServer.with("mock_inference.py", arguments: ["--dims", String(dims)]) { server in
            var configuration = HTTPFetcher.Configuration()
            configuration.addressPolicy = try AddressPolicy(allowCIDRs: ["127.0.0.0/8"])
            return try await body(MockInference(server: server, fetcher: try HTTPFetcher(configuration: configuration)))
        }
    }

    /// The next `fail` embedding requests answer `status`; each waits `delayMilliseconds` first.
    func control(fail: Int = 0, status: Int = 503, delayMilliseconds: Int = 0) async throws {
        let body = JSONWriter.bytes(.object([
            JSONMember("fail", .integer(Int64(fail))), JSONMember("status", .integer(Int64(status))),
            JSONMember("delay_ms", .integer(Int64(delayMilliseconds))),
        ]))
        _ = try await fetcher.fetch(FetchRequest.postJSON(url: server.url("/control"), body: body)).checked()
    }

    /// (embedding requests so far, largest batch).
    func stats() async throws -> (requests: Int, maxBatch: Int) {
        let response = try await fetcher.fetch(FetchRequest(url: server.url("/stats"))).checked()
        let document = try JSONParser.parse(response.body)
        guard case .integer(let requests)? = document["requests"], case .integer(let maxBatch)? = document["max_batch"] else {
            throw TestFailure("bad /stats reply")
        }
        return (Int(requests), Int(maxBatch))
    }
}
