// Generated from mesh/bench/v1/bench.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore

extension BenchV1 {
    /// The methods of `mesh.bench.v1.Echo`.
    public enum Echo {
        public static let serviceName = "mesh.bench.v1.Echo"

        public enum Method {
            public static let echo = MethodDescriptor(service: "mesh.bench.v1.Echo", method: "Echo", kind: .unary, isIdempotent: true)
            public static let echoStream = MethodDescriptor(service: "mesh.bench.v1.Echo", method: "EchoStream", kind: .serverStreaming, isIdempotent: true)

            public static let all: [MethodDescriptor] = [echo, echoStream]
        }
    }
}

extension BenchV1 {
    ///
    /// Implement every method to serve `mesh.bench.v1.Echo`; register with `RPCRouter.register(_:)`.
    public protocol EchoService: RPCService {
        /// Answers with the request's payload.
        func echo(_ request: BenchV1.EchoRequest, context: ServerContext) async throws -> BenchV1.EchoResponse
        /// Answers with `count` copies of the payload, one stream message each.
        func echoStream(_ request: BenchV1.EchoStreamRequest, writer: ServerStreamWriter<BenchV1.EchoResponse>, context: ServerContext) async throws
    }
}

extension BenchV1.EchoService {
    public func registerMethods(with router: inout RPCRouter) {
        router.register(BenchV1.Echo.Method.echo, handler: .unary { request, context in
            try await self.echo(BenchV1.EchoRequest(serializedBytes: request), context: context).serializedBytes()
        })
        router.register(BenchV1.Echo.Method.echoStream, handler: .serverStreaming { request, context, writer in
            try await self.echoStream(BenchV1.EchoStreamRequest(serializedBytes: request), writer: ServerStreamWriter(writer), context: context)
        })
    }
}

extension BenchV1 {
    /// Calls `mesh.bench.v1.Echo` through any transport.
    public struct EchoClient: Sendable {
        public let transport: any ClientTransport

        public init(transport: any ClientTransport) { self.transport = transport }

        /// Answers with the request's payload.
        public func echo(_ request: BenchV1.EchoRequest, options: CallOptions = CallOptions()) async throws -> BenchV1.EchoResponse {
            try await transport.unary(request, method: Echo.Method.echo, options: options, as: BenchV1.EchoResponse.self)
        }

        /// Answers with `count` copies of the payload, one stream message each.
        public func echoStream<Result: Sendable>(_ request: BenchV1.EchoStreamRequest, options: CallOptions = CallOptions(), body: (ResponseStream<BenchV1.EchoResponse>) async throws -> Result) async throws -> Result {
            try await transport.serverStreaming(request, method: Echo.Method.echoStream, options: options, of: BenchV1.EchoResponse.self, body: body)
        }
    }
}
