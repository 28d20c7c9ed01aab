import CurlClient
import Logging
import MeshCore
import MeshJSON

/// Where an OpenAI-compatible inference server is and how hard to try it.
public struct InferenceSettings: Sendable, Hashable {
    /// E.g. `http://gpu-box:8000`; requests go to `{baseURL}/v1/embeddings`.
    public var baseURL: String
    public var model: String
    /// Sent as `Authorization: Bearer …` when set. Never logged.
    public var apiKey: String?
    /// Texts per request (at most 32).
    public var batchSize: Int
    /// Tries per batch (first try included) before `inference_unavailable`.
    public var maxAttempts: Int
    public var backoff: Backoff
    public var requestTimeout: Duration
    public var breaker: CircuitBreaker.Configuration

    public init(
        baseURL: String, model: String = "text-embedding", apiKey: String? = nil, batchSize: Int = 32,
        maxAttempts: Int = 5, backoff: Backoff = Backoff(initial: .milliseconds(200), maximum: .seconds(5)),
        requestTimeout: Duration = .seconds(30),
        breaker: CircuitBreaker.Configuration = CircuitBreaker.Configuration(failureThreshold: 5, coolDown: .seconds(30))
    ) {
        self.baseURL = baseURL
        self.model = model
        self.apiKey = apiKey
        self.batchSize = max(1, min(32, batchSize))
        self.maxAttempts = max(1, maxAttempts)
        self.backoff = backoff
        self.requestTimeout = requestTimeout
        self.breaker = breaker
    }
}

/// Embeds through `POST {base}/v1/embeddings` (`{"model", "input": [texts]}` →
/// `{"data": [{"embedding": [...], "index": i}]}`), in batches of at most 32, each retried with
/// exponential backoff and full jitter up to `maxAttempts` times. A circuit breaker shared by all
/// calls stops hammering a server that is down: while it is open, calls fail at once. When a batch
/// cannot be embedded the error is `StageFailure` with code `inference_unavailable`; a 4xx other
/// than 408/429 (a request the server will never accept) is `inference_rejected`, not retried.
public final class InferenceEmbeddingClient: EmbeddingProvider {
    public static let unavailableCode = "inference_unavailable"
    public static let rejectedCode = "inference_rejected"

    let settings: InferenceSettings
    /// The breaker, exposed for the breaker-state gauge and tests.
    public let breaker: CircuitBreaker
    private let fetcher: HTTPFetcher
    private let logger: Logger

    public init(settings: InferenceSettings, logger: Logger) throws {
        var configuration = HTTPFetcher.Configuration()
        // The inference server is configured by the operator, typically on an internal address.
        configuration.addressPolicy = .allowAll
        configuration.totalTimeout = settings.requestTimeout
        configuration.maxResponseBytes = 64 * 1024 * 1024
        fetcher = try HTTPFetcher(configuration: configuration)
        self.settings = settings
        self.logger = logger
        breaker = CircuitBreaker(configuration: settings.breaker, onTransition: { transition in
            logger.warning("inference circuit breaker changed", metadata: ["transition": "\(transition)"])
        })
    }

    public func embed(_ texts: [String]) async throws -> [[Float]] {
        var vectors: [[Float]] = []
        vectors.reserveCapacity(texts.count)
        var start = 0
        while start < texts.count {
            let batch = Array(texts[start..<min(texts.count, start + settings.batchSize)])
            vectors += try await embedBatch(batch)
            start += batch.count
        }
        return vectors
    }

    private func embedBatch(_ texts: [String]) async throws -> [[Float]] {
        let body = JSONWriter.bytes(.object([
            JSONMember("model", .string(settings.model)),
            JSONMember("input", .array(texts.map { .string($0) })),
        ]))
        var headers: [(name: String, value: String)] = []
        if let apiKey = settings.apiKey { headers.append((name: "Authorization", value: "Bearer \(apiKey)")) }
        let request = FetchRequest.postJSON(url: endpoint, body: body, headers: headers)
        var generator = SystemRandomNumberGenerator()
        var lastProblem = "no attempt was made"
        for attempt in 1...settings.maxAttempts {
            guard breaker.admit().isAllowed else {
                throw StageFailure(code: Self.unavailableCode, message: "the inference circuit breaker is open")
            }
            do {
                let response = try await fetcher.fetch(request)
                switch response.statusCode {
                case 200..<300:
                    let vectors = try Self.parse(response.body, expected: texts.count)
                    breaker.record(.success)
                    return vectors
                case 408, 429, 500...:
                    breaker.record(.failure)
                    lastProblem = "HTTP \(response.statusCode)"
                default:
                    breaker.record(.success)
                    throw StageFailure(
                        code: Self.rejectedCode, message: "the inference server refused the request (HTTP \(response.statusCode))")
                }
            } catch let failure as StageFailure {
                throw failure
            } catch let error as FetchError {
                breaker.record(.failure)
                lastProblem = error.reason
            } catch let error as InferenceResponseError {
                breaker.record(.failure)
                lastProblem = error.message
            }
            logger.warning(
                "inference request failed",
                metadata: ["attempt": "\(attempt)", "error_code": "\(lastProblem)"])
            if attempt < settings.maxAttempts {
                try await Task.sleep(for: settings.backoff.delay(attempt: attempt, random: &generator))
            }
        }
        throw StageFailure(
            code: Self.unavailableCode,
            message: "the inference server failed \(settings.maxAttempts) attempts (last: \(lastProblem))")
    }

    private var endpoint: String {
        var base = settings.baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/v1/embeddings"
    }

    /// Reads `data[].embedding` ordered by `index`; every vector the same length, one per input.
    static func parse(_ body: [UInt8], expected: Int) throws -> [[Float]] {
        guard let document = try? JSONParser.parse(body), case .array(let items)? = document["data"] else {
            throw InferenceResponseError(message: "response is not an embeddings document")
        }
        var vectors = [[Float]?](repeating: nil, count: expected)
        for (position, item) in items.enumerated() {
            var index = position
            if case .integer(let number)? = item["index"] { index = Int(number) }
            guard vectors.indices.contains(index), case .array(let numbers)? = item["embedding"] else {
                throw InferenceResponseError(message: "response item \(position) is malformed")
            }
            let vector = try numbers.map { number -> Float in
                switch number {
                case .double(let value): return Float(value)
                case .integer(let value): return Float(value)
                default: throw InferenceResponseError(message: "embedding holds a non-number")
                }
            }
            vectors[index] = VectorNormalization.normalized(vector)
        }
        let complete = vectors.compactMap { $0 }
        guard complete.count == expected, let dimensions = complete.first?.count, dimensions > 0,
            complete.allSatisfy({ $0.count == dimensions })
        else {
            throw InferenceResponseError(message: "response has missing or inconsistent embeddings")
        }
        return complete
    }
}

/// An inference response we cannot use (counts as a failed attempt).
struct InferenceResponseError: Error, Sendable {
    var message: String
}
