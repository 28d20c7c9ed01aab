// Generated from mesh/v1/health.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore

extension MeshV1 {
    /// The methods of `mesh.v1.Health`.
    public enum Health {
        public static let serviceName = "mesh.v1.Health"

        public enum Method {
            public static let check = MethodDescriptor(service: "mesh.v1.Health", method: "Check", kind: .unary, isIdempotent: true)
            public static let watch = MethodDescriptor(service: "mesh.v1.Health", method: "Watch", kind: .serverStreaming, isIdempotent: false)

            public static let all: [MethodDescriptor] = [check, watch]
        }
    }
}

extension MeshV1 {
    ///
    /// Implement every method to serve `mesh.v1.Health`; register with `RPCRouter.register(_:)`.
    public protocol HealthService: RPCService {
        /// Answers NOT_FOUND for a service the server does not know.
        func check(_ request: MeshV1.HealthCheckRequest, context: ServerContext) async throws -> MeshV1.HealthCheckResponse
        /// Sends the current status, then every change, until the caller goes away.
        func watch(_ request: MeshV1.HealthCheckRequest, writer: ServerStreamWriter<MeshV1.HealthCheckResponse>, context: ServerContext) async throws
    }
}

extension MeshV1.HealthService {
    public func registerMethods(with router: inout RPCRouter) {
        router.register(MeshV1.Health.Method.check, handler: .unary { request, context in
            try await self.check(MeshV1.HealthCheckRequest(serializedBytes: request), context: context).serializedBytes()
        })
        router.register(MeshV1.Health.Method.watch, handler: .serverStreaming { request, context, writer in
            try await self.watch(MeshV1.HealthCheckRequest(serializedBytes: request), writer: ServerStreamWriter(writer), context: context)
        })
    }
}

extension MeshV1 {
    /// Calls `mesh.v1.Health` through any transport.
    public struct HealthClient: Sendable {
        public let transport: any ClientTransport

        public init(transport: any ClientTransport) { self.transport = transport }

        /// Answers NOT_FOUND for a service the server does not know.
        public func check(_ request: MeshV1.HealthCheckRequest, options: CallOptions = CallOptions()) async throws -> MeshV1.HealthCheckResponse {
            try await transport.unary(request, method: Health.Method.check, options: options, as: MeshV1.HealthCheckResponse.self)
        }

        /// Sends the current status, then every change, until the caller goes away.
        public func watch<Result: Sendable>(_ request: MeshV1.HealthCheckRequest, options: CallOptions = CallOptions(), body: (ResponseStream<MeshV1.HealthCheckResponse>) async throws -> Result) async throws -> Result {
            try await transport.serverStreaming(request, method: Health.Method.watch, options: options, of: MeshV1.HealthCheckResponse.self, body: body)
        }
    }
}
