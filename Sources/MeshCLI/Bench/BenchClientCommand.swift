import ArgumentParser
import Foundation
import MeshContracts
import MeshCore
import MeshJSON
import MeshTransport
import Synchronization

/// `mesh bench client`: the load client of ../shared/peers ("Plugging in a contender"): unary Echo
/// over ONE connection, latency (1 in flight) or throughput (N in flight, multiplexed), one JSON line out.
struct BenchClientCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "client", abstract: "Drive Echo load and print one JSON line.")

    @Option var host = "127.0.0.1"
    @Option var port: Int
    @Option(help: "Payload bytes.") var size = 16
    @Option(help: "latency | throughput") var mode = "latency"
    @Option(name: .customLong("warmup-calls")) var warmupCalls = 2000
    @Option var calls = 20000
    @Option var inflight = 64
    @Option(help: "Throughput window, seconds.") var duration: Double = 10
    @Option(name: .customLong("warmup-seconds")) var warmupSeconds: Double = 1
    @Option(name: .customLong("max-seconds")) var maxSeconds: Double = 120
    @Option var peer = "mesh-swift"

    func run() async throws {
        // One call at a time: resuming on the thread that read the response saves a wake-up per call.
        if mode == "latency" { NIOExecutor.install(when: nil) }
        // A hard bound on the whole run, whatever happens.
        alarm(UInt32(max(1, (warmupSeconds + duration + maxSeconds).rounded(.up))))
        let connection = try await MeshConnection.connect(host: host, port: port)
        let client = BenchV1.EchoClient(transport: ConnectionTransport(connection: connection, interceptors: []))
        let request = BenchV1.EchoRequest(payload: [UInt8](repeating: 0xAB, count: size))
        let result = mode == "throughput"
            ? try await throughput(client, request)
            : try await latency(client, request)
        connection.close()
        print(JSONWriter.string(result.json(peer: peer, mode: mode, payloadBytes: size)))
    }

    private func latency(_ client: BenchV1.EchoClient, _ request: BenchV1.EchoRequest) async throws -> BenchResult {
        var errors = 0
        for _ in 0..<warmupCalls {
            if (try? await client.echo(request))?.payload.count != size { errors += 1 }
        }
        errors = 0
        var samples: [Double] = []
        samples.reserveCapacity(calls)
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<calls {
            let before = clock.now
            let response = try? await client.echo(request)
            samples.append((clock.now - before).microseconds)
            if response?.payload.count != size { errors += 1 }
        }
        return BenchResult(samples: samples, errors: errors, seconds: (clock.now - start).seconds, inflight: 1, notes: "sequential unary calls, generated client, one connection")
    }

    private func throughput(_ client: BenchV1.EchoClient, _ request: BenchV1.EchoRequest) async throws -> BenchResult {
        let clock = ContinuousClock()
        let windowStart = clock.now + .milliseconds(Int64(warmupSeconds * 1000))
        let windowEnd = windowStart + .milliseconds(Int64(duration * 1000))
        let size = self.size
        let perWorker = try await withThrowingTaskGroup(of: ([Double], Int).self) { group in
            for _ in 0..<inflight {
                group.addTask {
                    var samples: [Double] = []
                    var errors = 0
                    while clock.now < windowEnd {
                        let before = clock.now
                        let response = try? await client.echo(request)
                        let after = clock.now
                        guard before >= windowStart, after <= windowEnd else { continue }
                        samples.append((after - before).microseconds)
                        if response?.payload.count != size { errors += 1 }
                    }
                    return (samples, errors)
                }
            }
            var all: [([Double], Int)] = []
            for try await result in group { all.append(result) }
            return all
        }
        return BenchResult(
            samples: perWorker.flatMap(\.0), errors: perWorker.map(\.1).reduce(0, +), seconds: duration, inflight: inflight,
            notes: "\(inflight) concurrent unary calls multiplexed on one connection, generated client")
    }
}

struct BenchResult {
    var samples: [Double]
    var errors: Int
    var seconds: Double
    var inflight: Int
    var notes: String

    func json(peer: String, mode: String, payloadBytes: Int) -> JSONValue {
        let sorted = samples.sorted()
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
            return sorted[min(max(rank, 0), sorted.count - 1)]
        }
        let mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
        return .object([
            JSONMember("peer", .string(peer)), JSONMember("mode", .string(mode)),
            JSONMember("payload_bytes", .integer(Int64(payloadBytes))), JSONMember("inflight", .integer(Int64(inflight))),
            JSONMember("connections", 1), JSONMember("calls", .integer(Int64(samples.count))),
            JSONMember("errors", .integer(Int64(errors))), JSONMember("duration_s", .double(seconds)),
            JSONMember("calls_per_s", .double(seconds > 0 ? Double(samples.count) / seconds : 0)),
            JSONMember("p50_us", .double(percentile(0.5))), JSONMember("p99_us", .double(percentile(0.99))),
            JSONMember("p999_us", .double(percentile(0.999))), JSONMember("mean_us", .double(mean)),
            JSONMember("max_us", .double(sorted.last ?? 0)), JSONMember("notes", .string(notes)),
        ])
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
    var microseconds: Double { seconds * 1e6 }
}
