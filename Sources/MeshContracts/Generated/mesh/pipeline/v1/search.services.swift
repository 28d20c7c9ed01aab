// Generated from mesh/pipeline/v1/search.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore

extension PipelineV1 {
    /// The methods of `mesh.pipeline.v1.Search`.
    public enum Search {
        public static let serviceName = "mesh.pipeline.v1.Search"

        public enum Method {
            public static let search = MethodDescriptor(service: "mesh.pipeline.v1.Search", method: "Search", kind: .unary, isIdempotent: true)

            public static let all: [MethodDescriptor] = [search]
        }
    }
}

extension PipelineV1 {
    ///
    /// Implement every method to serve `mesh.pipeline.v1.Search`; register with `RPCRouter.register(_:)`.
    public protocol SearchService: RPCService {
        func search(_ request: PipelineV1.SearchRequest, context: ServerContext) async throws -> PipelineV1.SearchResponse
    }
}

extension PipelineV1.SearchService {
    public func registerMethods(with router: inout RPCRouter) {
        router.register(PipelineV1.Search.Method.search, handler: .unary { request, context in
            try await self.search(PipelineV1.SearchRequest(serializedBytes: request), context: context).serializedBytes()
        })
    }
}

extension PipelineV1 {
    /// Calls `mesh.pipeline.v1.Search` through any transport.
    public struct SearchClient: Sendable {
        public let transport: any ClientTransport

        public init(transport: any ClientTransport) { self.transport = transport }

        public func search(_ request: PipelineV1.SearchRequest, options: CallOptions = CallOptions()) async throws -> PipelineV1.SearchResponse {
            try await transport.unary(request, method: Search.Method.search, options: options, as: PipelineV1.SearchResponse.self)
        }
    }
}
