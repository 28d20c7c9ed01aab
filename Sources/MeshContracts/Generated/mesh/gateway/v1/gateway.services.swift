// Generated from mesh/gateway/v1/gateway.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore

extension GatewayV1 {
    /// The methods of `mesh.gateway.v1.Gateway`.
    public enum Gateway {
        public static let serviceName = "mesh.gateway.v1.Gateway"

        public enum Method {
            public static let health = MethodDescriptor(service: "mesh.gateway.v1.Gateway", method: "Health", kind: .unary, isIdempotent: true)

            public static let all: [MethodDescriptor] = [health]
        }
    }
}

extension GatewayV1 {
    ///
    /// Implement every method to serve `mesh.gateway.v1.Gateway`; register with `RPCRouter.register(_:)`.
    public protocol GatewayService: RPCService {
        /// 503 when a dependency is down.
        func health(_ request: GatewayV1.GatewayHealthRequest, context: ServerContext) async throws -> GatewayV1.GatewayHealthResponse
    }
}

extension GatewayV1.GatewayService {
    public func registerMethods(with router: inout RPCRouter) {
        router.register(GatewayV1.Gateway.Method.health, handler: .unary { request, context in
            try await self.health(GatewayV1.GatewayHealthRequest(serializedBytes: request), context: context).serializedBytes()
        })
    }
}

extension GatewayV1 {
    /// Calls `mesh.gateway.v1.Gateway` through any transport.
    public struct GatewayClient: Sendable {
        public let transport: any ClientTransport

        public init(transport: any ClientTransport) { self.transport = transport }

        /// 503 when a dependency is down.
        public func health(_ request: GatewayV1.GatewayHealthRequest, options: CallOptions = CallOptions()) async throws -> GatewayV1.GatewayHealthResponse {
            try await transport.unary(request, method: Gateway.Method.health, options: options, as: GatewayV1.GatewayHealthResponse.self)
        }
    }
}
