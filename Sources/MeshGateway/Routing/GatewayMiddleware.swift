import HTTPTypes
import Hummingbird
import Logging

/// Wraps every request, matched or not: assigns the request id and trace context, answers unmatched
/// requests with the envelope (404, or 405 with `Allow` when the path exists under another method),
/// turns any stray error into the envelope, echoes `X-Request-Id`, and records metrics.
struct GatewayMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext

    /// Every path template served and its methods, to tell 404 from 405.
    let knownRoutes: [(template: PathTemplate, verbs: [String])]
    let metrics: GatewayMetrics

    init(routes: [(verb: String, template: String)], metrics: GatewayMetrics) {
        var byTemplate: [String: [String]] = [:]
        var order: [String] = []
        for route in routes {
            if byTemplate[route.template] == nil { order.append(route.template) }
            byTemplate[route.template, default: []].append(route.verb)
        }
        self.knownRoutes = order.map { template in
            (PathTemplate(template), byTemplate[template] ?? [])
        }
        self.metrics = metrics
    }

    func handle(
        _ request: Request, context: GatewayRequestContext,
        next: (Request, GatewayRequestContext) async throws -> Response
    ) async throws -> Response {
        let started = ContinuousClock.now
        var context = context
        context.requestID = TraceContext.requestID(fromClient: HTTPField.Name("X-Request-Id").flatMap { request.headers[$0] })
        context.traceparent = TraceContext.traceparent(
            fromClient: HTTPField.Name("traceparent").flatMap { request.headers[$0] })
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && context.endpointPath == "NotFound" {
            response = RouteHandler.errorResponse(unmatched(request))
        } catch let error as HTTPError {
            response = RouteHandler.errorResponse(
                GatewayError(status: Int(error.status.code), code: Self.name(of: error.status), message: error.status.reasonPhrase))
        } catch {
            context.logger.error("unhandled error", metadata: ["error.type": "\(type(of: error))"])
            response = RouteHandler.errorResponse(.internalError)
        }
        if let name = HTTPField.Name("X-Request-Id") { response.headers[name] = context.requestID }
        let route = context.endpointPath.flatMap { $0 == "NotFound" ? nil : $0 } ?? "unmatched"
        metrics.request(
            method: request.method.rawValue, route: route, status: Int(response.status.code),
            duration: started.duration(to: .now))
        return response
    }

    /// 405 with `Allow` when some route has this path, else 404.
    private func unmatched(_ request: Request) -> GatewayError {
        let path = request.uri.path
        let allowed = knownRoutes.filter { $0.template.matches(path) }.flatMap(\.verbs)
        return allowed.isEmpty ? .notFound(path: path) : .methodNotAllowed(allowed: allowed)
    }

    private static func name(of status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "bad_request"
        case 404: "not_found"
        case 413: "payload_too_large"
        default: status.code >= 500 ? "internal" : "http_\(status.code)"
        }
    }
}
