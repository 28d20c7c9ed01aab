// Generated from mesh/pipeline/v1/embedder.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore

extension PipelineV1 {
    /// The methods of `mesh.pipeline.v1.Embedder`.
    public enum Embedder {
        public static let serviceName = "mesh.pipeline.v1.Embedder"

        public enum Method {
            public static let embed = MethodDescriptor(service: "mesh.pipeline.v1.Embedder", method: "Embed", kind: .unary, isIdempotent: true)

            public static let all: [MethodDescriptor] = [embed]
        }
    }
}

extension PipelineV1 {
    ///
    /// Implement every method to serve `mesh.pipeline.v1.Embedder`; register with `RPCRouter.register(_:)`.
    public protocol EmbedderService: RPCService {
        func embed(_ request: PipelineV1.EmbedRequest, context: ServerContext) async throws -> PipelineV1.EmbedResponse
    }
}

extension PipelineV1.EmbedderService {
    public func registerMethods(with router: inout RPCRouter) {
        router.register(PipelineV1.Embedder.Method.embed, handler: .unary { request, context in
            try await self.embed(PipelineV1.EmbedRequest(serializedBytes: request), context: context).serializedBytes()
        })
    }
}

extension PipelineV1 {
    /// Calls `mesh.pipeline.v1.Embedder` through any transport.
    public struct EmbedderClient: Sendable {
        public let transport: any ClientTransport

        public init(transport: any ClientTransport) { self.transport = transport }

        public func embed(_ request: PipelineV1.EmbedRequest, options: CallOptions = CallOptions()) async throws -> PipelineV1.EmbedResponse {
            try await transport.unary(request, method: Embedder.Method.embed, options: options, as: PipelineV1.EmbedResponse.self)
        }
    }
}
