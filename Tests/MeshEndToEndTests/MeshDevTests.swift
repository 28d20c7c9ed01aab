import CurlClient
import Foundation
import MeshJSON
import MeshTestSupport
import Testing

/// The README's first command for real: `mesh dev` (on the test PostgreSQL and Redis), the bundled
/// sample document ingested and searched through the gateway over HTTP, then SIGTERM.
@Suite("mesh dev end to end", .serialized, .enabled(if: EndToEnd.enabled))
struct MeshDevTests {
    @Test func theSampleDocumentIsIngestedAndSearchableThenSigtermStopsEverything() async throws {
        let ports = try (0..<4).map { _ in try EndToEnd.freePort() }
        let (gatewayPort, rpcPort, metricsPort, samplePort) = (ports[0], ports[1], ports[2], ports[3])
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-dev-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let keysFile = scratch.appendingPathComponent("keys.json")

        let sample = try EndToEnd.start(
            "/usr/bin/env", ["python3", "-m", "http.server", String(samplePort), "--bind", "127.0.0.1", "--directory", EndToEnd.repository.appendingPathComponent("deploy/local/sample").path],
            log: scratch.appendingPathComponent("sample.log"))
        defer { sample.terminate() }
        let dev = try EndToEnd.start(
            try EndToEnd.meshExecutable().path,
            ["dev", "--postgres-url", EndToEnd.postgresURL, "--redis-url", EndToEnd.redisURL, "--gateway-port", String(gatewayPort),
             "--rpc-port", String(rpcPort), "--metrics-port", String(metricsPort), "--keys-file", keysFile.path],
            log: scratch.appendingPathComponent("dev.log"))
        defer { if dev.isRunning { dev.terminate() } }

        let http = try EndToEnd.fetcher()
        let gateway = "http://127.0.0.1:\(gatewayPort)"
        try await EndToEnd.eventually("the gateway answers /health") {
            (try? await http.fetch(FetchRequest(url: "\(gateway)/health")))?.statusCode == 200
        }
        try await EndToEnd.eventually("the sample document is served") {
            (try? await http.fetch(FetchRequest(url: "http://localhost:\(samplePort)/article.html")))?.statusCode == 200
        }
        let keys = try JSONParser.parse(Array(try Data(contentsOf: keysFile)))
        guard case .string(let user)? = keys["user"], case .string(let otherUser)? = keys["other_user"] else {
            Issue.record("no keys in \(keysFile.path)")
            return
        }
        let corpus = "e2e_\(UInt32.random(in: 0...UInt32.max))"
        let submitted = try await http.fetch(EndToEnd.post("\(gateway)/jobs", key: user, #"{"url":"http://localhost:\#(samplePort)/article.html","corpus_name":"\#(corpus)"}"#))
        #expect(submitted.statusCode == 202)
        guard case .string(let jobID)? = try JSONParser.parse(submitted.body)["job_id"] else {
            Issue.record("no job_id: \(submitted.text)")
            return
        }
        var status = ""
        try await EndToEnd.eventually("the job is done") {
            let job = try? await http.fetch(FetchRequest(url: "\(gateway)/jobs/\(jobID)", headers: [("X-API-Key", user)]))
            if case .string(let current)? = job.flatMap({ try? JSONParser.parse($0.body) })?["status"] { status = current }
            return status == "done" || status == "failed"
        }
        let devLog = (try? String(contentsOf: scratch.appendingPathComponent("dev.log"), encoding: .utf8)) ?? ""
        #expect(status == "done", "\(devLog.suffix(2000))")

        let search = try await http.fetch(EndToEnd.post("\(gateway)/search", key: user, #"{"corpus_name":"\#(corpus)","query":"polarized light when clouds hide the sun","top_k":3}"#))
        #expect(search.statusCode == 200)
        #expect(search.text.contains("polarized light"), "\(search.text)")
        let someoneElse = try await http.fetch(FetchRequest(url: "\(gateway)/jobs/\(jobID)", headers: [("X-API-Key", otherUser)]))
        #expect(someoneElse.statusCode == 404)
        let metrics = try await http.fetch(FetchRequest(url: "http://127.0.0.1:\(metricsPort)/metrics"))
        for series in [
            "mesh_rpc_requests_total", #"mesh_queue_depth{queue="scraping"}"#, #"mesh_queue_dlq_depth{queue="embedding"}"#,
            #"mesh_jobs{status="done"}"#, "mesh_stuck_jobs", #"embedding_request_duration_seconds_bucket{operation="write""#,
            #"embedding_request_duration_seconds_bucket{operation="read""#, "mesh_circuit_breaker_state",
        ] {
            #expect(metrics.text.contains(series), "/metrics has \(series)")
        }

        try await contractMatrix(http: http, gateway: gateway, keys: keys, jobID: jobID, samplePort: samplePort, corpus: corpus)

        kill(dev.processIdentifier, SIGTERM)
        try await EndToEnd.eventually("mesh dev exits after SIGTERM") { !dev.isRunning }
        #expect(dev.terminationStatus == 0)
        #expect((try? await http.fetch(FetchRequest(url: "\(gateway)/health"))) == nil, "the gateway is closed")
    }
}

extension MeshDevTests {
    /// SPEC §7 against the real services behind the real gateway (the gateway's own tests cover every
    /// case with fakes and injected clocks; these prove the wiring).
    func contractMatrix(http: HTTPFetcher, gateway: String, keys: JSONValue, jobID: String, samplePort: Int, corpus: String) async throws {
        guard case .string(let user)? = keys["user"], case .string(let service)? = keys["service"] else { return }
        func status(_ request: FetchRequest) async throws -> (Int, JSONValue?) {
            let response = try await http.fetch(request)
            return (response.statusCode, try? JSONParser.parse(response.body))
        }
        let jobs = "\(gateway)/jobs"
        // 401: missing and unknown keys, with the error envelope.
        let (missing, missingBody) = try await status(FetchRequest(url: jobs))
        #expect(missing == 401)
        #expect(missingBody?["error"]?["code"] != nil && missingBody?["error"]?["message"] != nil)
        #expect(try await status(FetchRequest(url: jobs, headers: [("X-API-Key", "mk_nope")])).0 == 401)
        // 422: missing url, invalid JSON, unknown field.
        #expect(try await status(EndToEnd.post(jobs, key: user, #"{"corpus_name":"\#(corpus)"}"#)).0 == 422)
        #expect(try await status(EndToEnd.post(jobs, key: user, #"{"url":"#)).0 == 422)
        #expect(try await status(EndToEnd.post(jobs, key: user, #"{"url":"http://localhost/a","corpus_name":"c","colour":"red"}"#)).0 == 422)
        // Idempotent submission: same job_id and body → 200 with the same job; another body → 409.
        let chosenID = "e2e-\(UInt32.random(in: 0...UInt32.max))"
        let body = #"{"url":"http://localhost:\#(samplePort)/article.html","corpus_name":"\#(corpus)","job_id":"\#(chosenID)"}"#
        #expect(try await status(EndToEnd.post(jobs, key: user, body)).0 == 202)
        let (again, againBody) = try await status(EndToEnd.post(jobs, key: user, body))
        #expect(again == 200 && againBody?["job_id"] == .string(chosenID))
        let other = #"{"url":"http://localhost:\#(samplePort)/other.html","corpus_name":"\#(corpus)","job_id":"\#(chosenID)"}"#
        #expect(try await status(EndToEnd.post(jobs, key: user, other)).0 == 409)
        // 404 for an unknown job; roles and the internal address on /complete and /embed.
        #expect(try await status(FetchRequest(url: "\(jobs)/no-such-job", headers: [("X-API-Key", user)])).0 == 404)
        let complete = #"{"stage":"scraping","status":"success"}"#
        #expect(try await status(EndToEnd.post("\(jobs)/\(jobID)/complete", key: user, complete)).0 == 403)
        let (late, lateBody) = try await status(EndToEnd.post("\(jobs)/\(jobID)/complete", key: service, complete))
        #expect(late == 200 && lateBody?["status"] == "already_advanced", "a late callback on a done job changes nothing")
        let embed = #"{"corpus_name":"\#(corpus)","chunks":[{"chunk_id":"c1","text":"hello"}]}"#
        #expect(try await status(EndToEnd.post("\(gateway)/embed", key: user, embed)).0 == 403)
        // Rate-limit headers on authenticated responses; health and the OpenAPI document need no key.
        let listed = try await http.fetch(FetchRequest(url: jobs, headers: [("X-API-Key", user)]))
        #expect(listed.headers["x-ratelimit-limit"] != nil && listed.headers["x-ratelimit-remaining"] != nil)
        #expect(try await status(FetchRequest(url: "\(gateway)/openapi.json")).1?["openapi"] == "3.1.0")
        // Server-sent events of a finished job: its state, then the stream ends.
        let events = try await http.fetch(FetchRequest(url: "\(jobs)/\(jobID)/events", headers: [("X-API-Key", user)]))
        #expect(events.statusCode == 200 && events.text.contains("event: job") && events.text.contains(#""status":"done""#))
    }
}

enum EndToEnd {
    static let environment = ProcessInfo.processInfo.environment
    static var postgresURL: String { environment["MESH_TEST_POSTGRES_URL"] ?? "" }
    static var redisURL: String { environment["MESH_TEST_REDIS_URL"] ?? "" }
    static var enabled: Bool { !postgresURL.isEmpty && !redisURL.isEmpty }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func meshExecutable() throws -> URL {
        let url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("mesh")
        try #require(FileManager.default.isExecutableFile(atPath: url.path), "build the mesh product first")
        return url
    }

    static func start(_ executable: String, _ arguments: [String], log: URL) throws -> Process {
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func fetcher() throws -> HTTPFetcher {
        var configuration = HTTPFetcher.Configuration()
        configuration.addressPolicy = try AddressPolicy(allowCIDRs: ["127.0.0.0/8"])
        configuration.totalTimeout = .seconds(10)
        return try HTTPFetcher(configuration: configuration)
    }

    static func post(_ url: String, key: String, _ body: String) -> FetchRequest {
        FetchRequest(url: url, method: .post, headers: [("X-API-Key", key), ("Content-Type", "application/json")], body: Array(body.utf8))
    }

    static func eventually(_ what: String, timeout: Duration = .seconds(60), _ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while try await !condition() {
            guard ContinuousClock.now < deadline else {
                Issue.record("timed out waiting until \(what)")
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

@Suite("End-to-end prerequisites")
struct EndToEndGuardTests {
    @Test func theTestServersAreGivenWhenIntegrationIsRequired() {
        if ProcessInfo.processInfo.environment["MESH_REQUIRE_INTEGRATION"] == "1" {
            #expect(EndToEnd.enabled, "MESH_TEST_POSTGRES_URL and MESH_TEST_REDIS_URL must be set")
        }
    }
}
