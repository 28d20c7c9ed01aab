import HTTPTypes
import Hummingbird
import Logging
import MeshContracts
import MeshCore
import MeshJSON
import NIOCore

/// Serves one generated route: authenticate, rate-limit, authorize, read the body, call the service,
/// write the result. Every failure becomes the error envelope; nothing here throws.
struct RouteHandler: Sendable {
    let route: GatewayRoute
    let core: GatewayCore
    /// "POST /jobs": the key of per-route settings and of the `route` metric label.
    let key: String

    init(route: GatewayRoute, core: GatewayCore) {
        self.route = route
        self.core = core
        self.key = "\(route.verb) \(route.pathTemplate)"
    }

    func respond(to request: Request, context: GatewayRequestContext) async -> Response {
        var headers: [(name: String, value: String)] = []
        do throws(GatewayError) {
            var caller: AuthenticatedCaller?
            if !route.isPublic {
                let authenticated = try await authenticate(request, context: context)
                caller = authenticated
                let verdict = await core.rateLimit.check(caller: authenticated.callerID)
                headers = verdict.headers
                guard verdict.allowed else {
                    throw GatewayError(
                        status: 429, code: "rate_limited", message: "too many requests; retry after the Retry-After delay")
                }
                try authorize(authenticated, context: context, request: request)
            }
            let body = route.hasBody ? try await core.bodyReader.read(request) : nil
            let input = GatewayRequest(
                pathParameters: route.match(path: request.uri.path) ?? [:],
                query: Self.query(of: request),
                body: body,
                decodingOptions: JSONDecodingOptions(ignoreUnknownFields: !core.configuration.strictJSON))
            guard let transport = core.transport(for: route.method.service) else {
                throw GatewayError(
                    status: 503, code: "service_unavailable", message: "the service behind this route is not configured")
            }
            let options = CallOptions(
                timeout: core.configuration.deadline(forRoute: key),
                metadata: core.callMetadata(caller: caller, context: context))
            switch route.handler {
            case .unary(let call):
                var response = try await callUnary(call, input: input, transport: transport, options: options)
                ResponseHooks.apply(to: &response, method: route.method)
                return Self.jsonResponse(
                    status: response.status, body: response.body, headers: headers + response.headers)
            case .serverSentEvents(let call):
                return try await stream(call, input: input, transport: transport, options: options, headers: headers)
            }
        } catch {
            return Self.errorResponse(error, extraHeaders: headers)
        }
    }

    private func authenticate(_ request: Request, context: GatewayRequestContext) async throws(GatewayError)
        -> AuthenticatedCaller
    {
        let apiKey = HTTPField.Name("X-API-Key").flatMap { request.headers[$0] }
        switch await core.authenticator.authenticate(
            apiKey: apiKey, metadata: core.callMetadata(caller: nil, context: context))
        {
        case .authenticated(let caller): return caller
        case .rejected(let error): throw error
        }
    }

    private func authorize(_ caller: AuthenticatedCaller, context: GatewayRequestContext, request: Request)
        throws(GatewayError)
    {
        if !route.allowedRoles.isEmpty && !route.allowedRoles.contains(caller.role) {
            throw GatewayError(
                status: 403, code: "forbidden",
                message: "this route is for \(route.allowedRoles.joined(separator: " or ")) keys")
        }
        if route.internalOnly {
            let address = core.configuration.clientAddresses.clientAddress(
                peer: context.remoteAddress?.ipAddress.flatMap(IPAddress.init),
                forwardedFor: HTTPField.Name("X-Forwarded-For").map { request.headers[values: $0] } ?? [])
            guard caller.role == "service", core.configuration.clientAddresses.isInternal(address) else {
                throw GatewayError(
                    status: 403, code: "forbidden", message: "this route is only for service keys from internal addresses")
            }
        }
    }

    private func callUnary(
        _ call: @Sendable (GatewayRequest, any ClientTransport, CallOptions) async throws -> GatewayResponse,
        input: GatewayRequest, transport: any ClientTransport, options: CallOptions
    ) async throws(GatewayError) -> GatewayResponse {
        do {
            return try await call(input, transport, options)
        } catch {
            throw gatewayError(for: error)
        }
    }

    private func stream(
        _ call: @escaping @Sendable (
            GatewayRequest, any ClientTransport, CallOptions, @Sendable (JSONValue) async throws -> Void
        ) async throws -> Void,
        input: GatewayRequest, transport: any ClientTransport, options: CallOptions,
        headers: [(name: String, value: String)]
    ) async throws(GatewayError) -> Response {
        let responder = ServerSentEventsResponder(
            configuration: core.configuration.serverSentEvents,
            eventName: core.configuration.serverSentEvents.eventNames[key] ?? "message")
        // A stream has no overall deadline (it lasts until the job ends); the route deadline bounds
        // only how long the service may take to start it, via `firstEventWait`.
        let streamOptions = CallOptions(timeout: nil, metadata: options.metadata)
        let handler = self
        let start = await responder.start(
            headers: Self.fields(headers),
            stream: { emit in try await call(input, transport, streamOptions, emit) },
            errorBody: { handler.gatewayError(for: $0).body })
        switch start {
        case .failed(let error): throw gatewayError(for: error)
        case .stream(let response): return response
        }
    }

    /// Maps a call failure; unexpected ones are logged here (with their cause) and answered as a bare 500.
    private func gatewayError(for error: any Error) -> GatewayError {
        let rpcError = RPCError(mapping: error)
        let mapped = GatewayError(rpcError: rpcError, deadlineHint: core.configuration.deadlineHints[key])
        if mapped.status >= 500 {
            core.logger.error(
                "service call failed",
                metadata: ["route": "\(key)", "code": "\(rpcError.code)", "reason": "\(rpcError.reason)", "error": "\(rpcError)"])
        }
        return mapped
    }

    // MARK: request and response helpers

    static func query(of request: Request) -> [String: String] {
        var query: [String: String] = [:]
        for (name, value) in request.uri.queryParameters where query[String(name)] == nil {
            query[String(name)] = String(value)
        }
        return query
    }

    static func fields(_ headers: [(name: String, value: String)]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in headers {
            if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
        }
        return fields
    }

    static func jsonResponse(status: Int, body: JSONValue, headers: [(name: String, value: String)]) -> Response {
        var fields = fields(headers)
        fields[.contentType] = "application/json"
        return Response(
            status: HTTPResponse.Status(code: status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: JSONWriter.bytes(body))))
    }

    static func errorResponse(_ error: GatewayError, extraHeaders: [(name: String, value: String)] = []) -> Response {
        jsonResponse(status: error.status, body: error.body, headers: extraHeaders + error.headers)
    }
}
