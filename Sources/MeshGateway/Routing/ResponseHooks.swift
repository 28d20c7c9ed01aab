import MeshContracts
import MeshCore
import MeshJSON

/// Adjustments the generated route table cannot express, keyed by method — the only place a route
/// gets special treatment, and only for the gateway's own service.
///
/// `GET /health`: the generated route always answers 200 (the annotation has one success status);
/// the contract says 503 when a dependency is down, i.e. when the body's `status` is not "ok".
enum ResponseHooks {
    static func apply(to response: inout GatewayResponse, method: MethodDescriptor) {
        if method == GatewayV1.Gateway.Method.health, response.body["status"] != .string("ok") {
            response.status = 503
        }
    }
}
