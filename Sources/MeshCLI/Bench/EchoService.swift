import MeshContracts
import MeshCore

/// The benchmark and conformance Echo service (Protos/mesh/bench/v1/bench.proto).
struct EchoService: BenchV1.EchoService {
    func echo(_ request: BenchV1.EchoRequest, context: ServerContext) async throws -> BenchV1.EchoResponse {
        BenchV1.EchoResponse(payload: request.payload)
    }

    func echoStream(
        _ request: BenchV1.EchoStreamRequest, writer: ServerStreamWriter<BenchV1.EchoResponse>, context: ServerContext
    ) async throws {
        for _ in 0..<request.count {
            try await writer.write(BenchV1.EchoResponse(payload: request.payload))
            if request.intervalMS > 0 { try await Task.sleep(for: .milliseconds(Int(request.intervalMS))) }
        }
    }
}
