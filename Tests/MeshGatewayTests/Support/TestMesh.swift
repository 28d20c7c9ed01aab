import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import MeshContracts
import MeshCore
import MeshGateway
import MeshJSON
import NIOCore
import Synchronization
import Testing

/// A settable clock for the auth cache and the breaker, so TTLs and cool-downs pass without sleeping.
final class ManualClock: Sendable {
    private let instant = Mutex(ContinuousClock.now)
    func advance(by duration: Duration) { instant.withLock { $0 = $0.advanced(by: duration) } }
    var now: @Sendable () -> ContinuousClock.Instant { { [self] in self.instant.withLock { $0 } } }
}

/// A transport whose server is gone: every call fails UNAVAILABLE.
struct DownTransport: ClientTransport {
    func unary(_ request: RawRequest, method: MethodDescriptor, options: CallOptions) async throws -> RawResponse {
        throw RPCError(code: .unavailable, message: "connection refused")
    }

    func serverStreaming<Result: Sendable>(
        _ request: RawRequest, method: MethodDescriptor, options: CallOptions, body: (RawResponseStream) async throws -> Result
    ) async throws -> Result {
        throw RPCError(code: .unavailable, message: "connection refused")
    }
}

/// The fake services behind one gateway, and the keys they know.
struct TestMesh {
    static let userKey = "key-user-alice"
    static let otherUserKey = "key-user-bob"
    static let serviceKey = "key-service-worker"

    let membership = FakeMembership()
    let orchestrator = FakeOrchestrator()
    let scraper = FakeScraper()
    let health = FakeHealth()
    let clock = ManualClock()
    let transport: InProcessTransport

    init() {
        membership.add(key: Self.userKey, callerID: "alice", role: .user)
        membership.add(key: Self.otherUserKey, callerID: "bob", role: .user)
        membership.add(key: Self.serviceKey, callerID: "worker", role: .service)
        transport = InProcessTransport(services: [
            membership, orchestrator, scraper, FakeChunker(), FakeEmbedder(), FakeSearch(), health,
        ])
    }

    /// A gateway configuration on a free port, every service on the in-process transport.
    func configuration(_ adjust: (inout GatewayConfiguration) -> Void = { _ in }) -> GatewayConfiguration {
        let transport = transport
        var logger = Logger(label: "gateway-test")
        logger.logLevel = .critical
        var configuration = GatewayConfiguration(
            host: "127.0.0.1", port: 0, serviceTransport: { _ in transport }, membershipTransport: transport,
            serviceCredential: "gateway-secret", logger: logger)
        configuration.authentication.now = clock.now
        adjust(&configuration)
        return configuration
    }

    /// Runs `test` against a live gateway (real sockets on 127.0.0.1).
    func withGateway<Value: Sendable>(
        _ adjust: (inout GatewayConfiguration) -> Void = { _ in },
        _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let gateway = MeshGateway(configuration: configuration(adjust))
        return try await gateway.makeApplication().test(.live) { client in try await test(client) }
    }
}

extension TestClientProtocol {
    /// One request; `key` nil sends no X-API-Key; `json` is sent as application/json unless `contentType` says otherwise.
    func call(
        _ method: HTTPRequest.Method, _ uri: String, key: String? = TestMesh.userKey, json: String? = nil,
        contentType: String? = "application/json", headers: [String: String] = [:]
    ) async throws -> TestResponse {
        var fields = HTTPFields()
        if let key, let name = HTTPField.Name("X-API-Key") { fields[name] = key }
        if json != nil, let contentType { fields[.contentType] = contentType }
        for (name, value) in headers {
            if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
        }
        return try await execute(uri: uri, method: method, headers: fields, body: json.map { ByteBuffer(string: $0) })
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: JSONValue? { try? JSONParser.parse(Array(body.readableBytesView)) }

    func header(_ name: String) -> String? { HTTPField.Name(name).flatMap { headers[$0] } }

    /// The envelope's `error.code`, when the body is one.
    var errorCode: String? {
        guard case .string(let code)? = json?["error"]?["code"] else { return nil }
        return code
    }
}

/// Asserts the one error envelope: `{"error": {"code": …, "message": …, "details": {…}}}`, JSON content type.
func expectEnvelope(
    _ response: TestResponse, status: Int, code: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(Int(response.status.code) == status, "body: \(response.text)", sourceLocation: sourceLocation)
    #expect(response.headers[.contentType] == "application/json", sourceLocation: sourceLocation)
    guard case .object(let members)? = response.json, members.count == 1,
        case .object(let error)? = response.json?["error"]
    else {
        Issue.record("not an error envelope: \(response.text)", sourceLocation: sourceLocation)
        return
    }
    #expect(Set(error.map(\.key)) == ["code", "message", "details"], sourceLocation: sourceLocation)
    if case .string(let message)? = response.json?["error"]?["message"] {
        #expect(!message.isEmpty, sourceLocation: sourceLocation)
    } else {
        Issue.record("message is not a string", sourceLocation: sourceLocation)
    }
    if case .object? = response.json?["error"]?["details"] {} else {
        Issue.record("details is not an object", sourceLocation: sourceLocation)
    }
    if let code { #expect(response.errorCode == code, sourceLocation: sourceLocation) }
}
