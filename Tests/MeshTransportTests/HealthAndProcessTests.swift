import Foundation
import MeshContracts
import MeshCore
import MeshTestSupport
import Synchronization
import Testing

@testable import MeshTransport

@Suite("Health service on every server")
struct HealthServiceTests {
    @Test func checkAndWatchReportServingThenNotServingOnDrain() async throws {
        try await withServer(services: [ConformanceService()]) { server, port in
            let client = MeshClient(endpoints: [Endpoint(host: "127.0.0.1", port: port)])
            defer { client.close() }
            let health = MeshV1.HealthClient(transport: client)
            #expect(try await health.check(.init(service: "")).status == .serving)
            #expect(try await health.check(.init(service: ConformanceService.service)).status == .serving)
            let unknown = await rpcCode { _ = try await health.check(.init(service: "no.Such")) }
            #expect(unknown == .notFound)

            let statuses = try await health.watch(.init(service: "")) { stream in
                var seen: [MeshV1.ServingStatus] = []
                for try await response in stream {
                    seen.append(response.status)
                    if seen.count == 1 { server.health.setStatus(.notServing) }
                    if seen.count == 2 { break }
                }
                return seen
            }
            #expect(statuses == [.serving, .notServing])
        }
    }
}

/// The `mesh` executable built next to this test bundle.
func meshExecutable() throws -> URL {
    let url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("mesh")
    try #require(FileManager.default.isExecutableFile(atPath: url.path), "build the mesh product first (swift build --build-tests)")
    return url
}

func freePort() throws -> Int {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) } }
    return Int(UInt16(bigEndian: address.sin_port))
}

@Suite("The mesh executable", .serialized)
struct MeshProcessTests {
    private func startServer(port: Int) throws -> Process {
        let process = Process()
        process.executableURL = try meshExecutable()
        process.arguments = ["bench", "server", "--listen", "127.0.0.1:\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func waitUntilServing(port: Int) async throws {
        for _ in 0..<200 {
            if let connection = try? await MeshConnection.connect(host: "127.0.0.1", port: port) {
                connection.close()
                return
            }
            try await Task.sleep(for: .milliseconds(25))
        }
        Issue.record("the server did not start listening")
    }

    @Test func sigtermDrainsCallsInFlightThenExits() async throws {
        let port = try freePort()
        let server = try startServer(port: port)
        defer { if server.isRunning { server.terminate() } }
        try await waitUntilServing(port: port)
        let connection = try await MeshConnection.connect(host: "127.0.0.1", port: port)
        let request = BenchV1.EchoStreamRequest(payload: [7], count: 6, intervalMS: 100)
        let received = try await connection.serverStreaming(
            method: BenchV1.Echo.Method.echoStream.path, payload: request.serializedBytes(), metadata: [:], deadline: nil
        ) { stream in
            var count = 0
            for try await _ in stream {
                count += 1
                if count == 1 { kill(server.processIdentifier, SIGTERM) }
            }
            return count
        }
        #expect(received == 6, "the stream in flight finished after SIGTERM")
        let clock = ContinuousClock()
        let start = clock.now
        while server.isRunning, clock.now - start < .seconds(10) { try await Task.sleep(for: .milliseconds(20)) }
        #expect(!server.isRunning)
        #expect(server.terminationStatus == 0)
    }

    @Test func meshCallCallsAnyMethodWithJSON() async throws {
        let port = try freePort()
        let server = try startServer(port: port)
        defer { server.terminate() }
        try await waitUntilServing(port: port)
        let (status, output) = try await run(["call", "127.0.0.1:\(port)", "/mesh.bench.v1.Echo/Echo", #"{"payload":"aGVsbG8="}"#, "--metadata", "x-request-id=r1", "--timeout", "5"])
        #expect(status == 0)
        #expect(output.contains(#""payload": "aGVsbG8=""#), "\(output)")
        let (streamStatus, streamOutput) = try await run(["call", "127.0.0.1:\(port)", "/mesh.bench.v1.Echo/EchoStream", #"{"payload":"AA==","count":3}"#])
        #expect(streamStatus == 0)
        #expect(streamOutput.split(separator: "\n").count == 3)
        let (badStatus, badOutput) = try await run(["call", "127.0.0.1:\(port)", "/mesh.bench.v1.Echo/Echo", #"{"payload":5}"#])
        #expect(badStatus != 0)
        #expect(badOutput.contains("field 'payload'"), "\(badOutput)")
        let (unknownStatus, _) = try await run(["call", "127.0.0.1:\(port)", "/no.Such/Method", "{}"])
        #expect(unknownStatus != 0)
    }

    private func run(_ arguments: [String]) async throws -> (Int32, String) {
        let result = try await runProcess(try meshExecutable(), arguments)
        return (result.status, result.output)
    }
}
