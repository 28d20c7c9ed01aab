// Generated from mesh/pipeline/v1/chunker.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore

extension PipelineV1 {
    /// The methods of `mesh.pipeline.v1.Chunker`.
    public enum Chunker {
        public static let serviceName = "mesh.pipeline.v1.Chunker"

        public enum Method {
            public static let chunk = MethodDescriptor(service: "mesh.pipeline.v1.Chunker", method: "Chunk", kind: .unary, isIdempotent: true)

            public static let all: [MethodDescriptor] = [chunk]
        }
    }
}

extension PipelineV1 {
    ///
    /// Implement every method to serve `mesh.pipeline.v1.Chunker`; register with `RPCRouter.register(_:)`.
    public protocol ChunkerService: RPCService {
        func chunk(_ request: PipelineV1.ChunkRequest, context: ServerContext) async throws -> PipelineV1.ChunkResponse
    }
}

extension PipelineV1.ChunkerService {
    public func registerMethods(with router: inout RPCRouter) {
        router.register(PipelineV1.Chunker.Method.chunk, handler: .unary { request, context in
            try await self.chunk(PipelineV1.ChunkRequest(serializedBytes: request), context: context).serializedBytes()
        })
    }
}

extension PipelineV1 {
    /// Calls `mesh.pipeline.v1.Chunker` through any transport.
    public struct ChunkerClient: Sendable {
        public let transport: any ClientTransport

        public init(transport: any ClientTransport) { self.transport = transport }

        public func chunk(_ request: PipelineV1.ChunkRequest, options: CallOptions = CallOptions()) async throws -> PipelineV1.ChunkResponse {
            try await transport.unary(request, method: Chunker.Method.chunk, options: options, as: PipelineV1.ChunkResponse.self)
        }
    }
}
