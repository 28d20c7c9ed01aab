import Foundation
import HTTPTypes
import HummingbirdTesting
import MeshContracts
import MeshCore
import MeshGateway
import MeshJSON
import NIOCore
import Testing

/// `GET /jobs/{job_id}/events`: order, end after the terminal state, heartbeats, errors before the
/// stream, and cancellation when the client leaves.
@Suite struct ServerSentEventsTests {
    static func submit(_ client: some TestClientProtocol) async throws -> String {
        let job = try await client.call(.post, "/jobs", json: #"{"url":"https://x.example","corpus_name":"d"}"#)
        guard case .string(let id)? = job.json?["job_id"] else { throw TestFailure("no job_id: \(job.text)") }
        return id
    }

    /// The `data:` JSON of each `event: job`, in order.
    static func statuses(in stream: String) -> [String] {
        stream.components(separatedBy: "\n\n").compactMap { block -> String? in
            let lines = block.split(separator: "\n")
            guard lines.contains("event: job"), let data = lines.first(where: { $0.hasPrefix("data: ") }),
                let value = try? JSONParser.parse(String(data.dropFirst(6))),
                case .string(let status)? = value["job"]?["status"]
            else { return nil }
            return status
        }
    }

    @Test func eventsArriveInOrderAndTheStreamEndsAfterTheTerminalState() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            let id = try await Self.submit(client)
            let response = try await client.call(.get, "/jobs/\(id)/events")
            #expect(response.status.code == 200)
            #expect(response.headers[.contentType] == "text/event-stream")
            #expect(response.header("X-Request-Id") != nil)
            #expect(Self.statuses(in: response.text) == ["pending", "scraping", "chunking", "embedding", "done"])
        }
    }

    @Test func heartbeatsFlowBetweenSlowEvents() async throws {
        let mesh = TestMesh()
        mesh.orchestrator.scriptWatch([.pending, .failed], gap: .milliseconds(400))
        try await mesh.withGateway({
            $0.serverSentEvents.heartbeatInterval = .milliseconds(50)
            $0.serverSentEvents.firstEventWait = .milliseconds(100)
        }) { client in
            let id = try await Self.submit(client)
            let response = try await client.call(.get, "/jobs/\(id)/events")
            #expect(response.status.code == 200)
            #expect(response.text.contains(": ping\n\n"))
            #expect(Self.statuses(in: response.text) == ["pending", "failed"])
        }
    }

    @Test func unknownJobIsA404EnvelopeNotAStream() async throws {
        let mesh = TestMesh()
        try await mesh.withGateway { client in
            expectEnvelope(try await client.call(.get, "/jobs/nope/events"), status: 404, code: "job_not_found")
        }
    }

    @Test func clientLeavingCancelsTheServiceStream() async throws {
        let mesh = TestMesh()
        mesh.orchestrator.scriptWatch([.pending], gap: .zero, holdOpen: true)
        try await mesh.withGateway({ $0.serverSentEvents.heartbeatInterval = .milliseconds(50) }) { client in
            let id = try await Self.submit(client)
            let port = try #require(client.port)
            let connection = try RawHTTPConnection(port: port)
            try connection.send(
                "GET /jobs/\(id)/events HTTP/1.1\r\nHost: localhost\r\nX-API-Key: \(TestMesh.userKey)\r\n\r\n")
            let head = try await connection.read(until: "event: job")
            #expect(head.hasPrefix("HTTP/1.1 200"))
            #expect(head.contains("data: {\"job\":"))
            connection.hangUp()
            var cancelled = false
            for _ in 0..<100 where !cancelled {
                try await Task.sleep(for: .milliseconds(50))
                cancelled = mesh.orchestrator.watchCancelled
            }
            #expect(cancelled, "the WatchJob call must be cancelled once the client is gone")
        }
    }
}
