// Generated from mesh/pipeline/v1/scraper.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore

extension PipelineV1 {
    /// The methods of `mesh.pipeline.v1.Scraper`.
    public enum Scraper {
        public static let serviceName = "mesh.pipeline.v1.Scraper"

        public enum Method {
            public static let scrape = MethodDescriptor(service: "mesh.pipeline.v1.Scraper", method: "Scrape", kind: .unary, isIdempotent: true)

            public static let all: [MethodDescriptor] = [scrape]
        }
    }
}

extension PipelineV1 {
    ///
    /// Implement every method to serve `mesh.pipeline.v1.Scraper`; register with `RPCRouter.register(_:)`.
    public protocol ScraperService: RPCService {
        /// Synchronous fetch; DEADLINE_EXCEEDED (HTTP 504) on timeout — use POST /jobs for slow pages.
        func scrape(_ request: PipelineV1.ScrapeRequest, context: ServerContext) async throws -> PipelineV1.ScrapeResponse
    }
}

extension PipelineV1.ScraperService {
    public func registerMethods(with router: inout RPCRouter) {
        router.register(PipelineV1.Scraper.Method.scrape, handler: .unary { request, context in
            try await self.scrape(PipelineV1.ScrapeRequest(serializedBytes: request), context: context).serializedBytes()
        })
    }
}

extension PipelineV1 {
    /// Calls `mesh.pipeline.v1.Scraper` through any transport.
    public struct ScraperClient: Sendable {
        public let transport: any ClientTransport

        public init(transport: any ClientTransport) { self.transport = transport }

        /// Synchronous fetch; DEADLINE_EXCEEDED (HTTP 504) on timeout — use POST /jobs for slow pages.
        public func scrape(_ request: PipelineV1.ScrapeRequest, options: CallOptions = CallOptions()) async throws -> PipelineV1.ScrapeResponse {
            try await transport.unary(request, method: Scraper.Method.scrape, options: options, as: PipelineV1.ScrapeResponse.self)
        }
    }
}
