import MeshCore
import MeshJSON

/// One route of the public JSON contract, generated from a method's HTTP annotation: how to turn an
/// HTTP request into the method's request message, and the response back into HTTP.
public struct GatewayRoute: Sendable {
    public enum Handler: Sendable {
        case unary(@Sendable (GatewayRequest, any ClientTransport, CallOptions) async throws -> GatewayResponse)
        /// Each message of the server stream is handed to `emit` as a JSON event.
        case serverSentEvents(
            @Sendable (GatewayRequest, any ClientTransport, CallOptions, @Sendable (JSONValue) async throws -> Void)
                async throws -> Void
        )
    }

    /// "GET", "POST", …
    public var verb: String
    /// "/jobs/{job_id}".
    public var pathTemplate: String
    public var method: MethodDescriptor
    /// Roles allowed to call ("user", "service", "admin"); empty = any authenticated caller.
    public var allowedRoles: [String]
    /// Only from an internal address.
    public var internalOnly: Bool
    /// No API key needed.
    public var isPublic: Bool
    /// The request has a JSON body.
    public var hasBody: Bool
    public var handler: Handler

    public init(
        verb: String, pathTemplate: String, method: MethodDescriptor, allowedRoles: [String], internalOnly: Bool,
        isPublic: Bool, hasBody: Bool, handler: Handler
    ) {
        self.verb = verb
        self.pathTemplate = pathTemplate
        self.method = method
        self.allowedRoles = allowedRoles
        self.internalOnly = internalOnly
        self.isPublic = isPublic
        self.hasBody = hasBody
        self.handler = handler
    }

    /// The path split into literal segments and `{field}` parameters.
    public var segments: [PathSegment] {
        pathTemplate.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? .parameter(String(part.dropFirst().dropLast())) : .literal(String(part))
        }
    }

    public enum PathSegment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
    }

    /// The path parameters if `path` matches this route's template, else nil.
    public func match(path: some StringProtocol) -> [String: String]? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        let template = segments
        guard parts.count == template.count else { return nil }
        var parameters: [String: String] = [:]
        for (part, segment) in zip(parts, template) {
            switch segment {
            case .literal(let literal): if part != literal { return nil }
            case .parameter(let name): parameters[name] = String(part).removingPercentEncodingIfPossible
            }
        }
        return parameters
    }
}

/// What the gateway extracted from an HTTP request.
public struct GatewayRequest: Sendable {
    public var pathParameters: [String: String]
    public var query: [String: String]
    /// The parsed JSON body; nil when the route has none.
    public var body: JSONValue?
    public var decodingOptions: JSONDecodingOptions

    public init(
        pathParameters: [String: String] = [:], query: [String: String] = [:], body: JSONValue? = nil,
        decodingOptions: JSONDecodingOptions = JSONDecodingOptions()
    ) {
        self.pathParameters = pathParameters
        self.query = query
        self.body = body
        self.decodingOptions = decodingOptions
    }
}

/// What the gateway writes back.
public struct GatewayResponse: Sendable {
    public var status: Int
    public var body: JSONValue
    public var headers: [(name: String, value: String)]

    public init(status: Int, body: JSONValue, headers: [(name: String, value: String)] = []) {
        self.status = status
        self.body = body
        self.headers = headers
    }
}

extension String {
    /// Percent-decoded when well-formed; unchanged otherwise (the method then rejects or misses it).
    fileprivate var removingPercentEncodingIfPossible: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else if byte == UInt8(ascii: "%") {
                return self
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
