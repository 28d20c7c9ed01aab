// Encode+decode throughput of the generated Swift wrappers against raw libprotobuf-c on the same
// messages, in the same run (issue: "the wrapper costs at most 1.5× raw protobuf-c").
// Run: swift run -c release codec-benchmark
import CodecBaseline
import Foundation
import MeshContracts
import MeshCore

let words = ["mesh", "protocol", "buffer", "swift", "chunk", "embedding", "vector", "search", "pipeline", "document"]

func chunkText(_ chunk: Int) -> String {
    (0..<300).map { words[(chunk * 7 + $0) % 10] }.joined(separator: " ")
}

let submit = PipelineV1.SubmitJobRequest(
    url: "https://docs.example.com/articles/2026/binary-rpc-in-swift?ref=bench", corpusName: "engineering-notes",
    jobID: "job-4f1c2d9e-8b7a-4c3d-9e2f-1a2b3c4d5e6f")
let embed = PipelineV1.EmbedRequest(
    corpusName: "engineering-notes",
    chunks: (0..<17).map { PipelineV1.EmbedChunk(chunkID: String(format: "chunk-%04d", $0), text: chunkText($0)) },
    sourceURL: "https://docs.example.com/articles/2026/binary-rpc-in-swift", jobID: "job-4f1c2d9e-8b7a-4c3d-9e2f-1a2b3c4d5e6f")

precondition(submit.serializedBytes().count == codec_baseline_submit_job_size(), "the two sides encode different SubmitJob messages")
precondition(embed.serializedBytes().count == codec_baseline_embed_size(), "the two sides encode different embed messages")

/// This thread's CPU time in seconds (as the C side measures), so other load distorts less.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Seconds for `iterations` encode+decode round trips through the Swift wrapper.
func swiftRoundTrips<M: ProtoMessage>(_ message: M, iterations: Int) -> Double {
    var sink = 0
    let start = threadCPUSeconds()
    for _ in 0..<iterations {
        let bytes = message.serializedBytes()
        if let decoded = try? M(serializedBytes: bytes) { sink &+= bytes.count &+ (decoded == M() ? 0 : 1) }
    }
    let elapsed = threadCPUSeconds() - start
    precondition(sink > 0)
    precondition((try? M(serializedBytes: message.serializedBytes())) == message, "the wrapper does not round-trip")
    return elapsed
}

struct Row {
    var name: String
    var iterations: Int
    var swift: (Int) -> Double
    var raw: (Int) -> Double
}

let rows = [
    Row(name: "SubmitJobRequest", iterations: 400_000, swift: { swiftRoundTrips(submit, iterations: $0) }, raw: { codec_baseline_submit_job($0) }),
    Row(name: "EmbedRequest (17 × 300 words)", iterations: 20_000, swift: { swiftRoundTrips(embed, iterations: $0) }, raw: { codec_baseline_embed($0) }),
]

let rounds = 5
print("message | bytes | wrapper msgs/s | raw protobuf-c msgs/s | wrapper cost × raw")
for row in rows {
    var swiftRates: [Double] = []
    var rawRates: [Double] = []
    _ = row.swift(row.iterations / 10)  // warm-up
    _ = row.raw(row.iterations / 10)
    for _ in 0..<rounds {  // alternate, so drift on a noisy machine hits both sides alike
        swiftRates.append(Double(row.iterations) / row.swift(row.iterations))
        rawRates.append(Double(row.iterations) / row.raw(row.iterations))
    }
    let swiftMedian = swiftRates.sorted()[rounds / 2]
    let rawMedian = rawRates.sorted()[rounds / 2]
    let bytes = row.name.hasPrefix("Submit") ? submit.serializedBytes().count : embed.serializedBytes().count
    print(String(format: "%@ | %d | %.0f | %.0f | %.2f×", row.name, bytes, swiftMedian, rawMedian, rawMedian / swiftMedian))
}
