// Generated from the HTTP annotations in Protos/ by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore
import MeshJSON

/// The routes of the public JSON contract, one per method with an HTTP annotation in Protos/.
public enum GatewayRouteTable {
    public static let routes: [GatewayRoute] = [
        GatewayRoute(
            verb: "GET", pathTemplate: "/health",
            method: GatewayV1.Gateway.Method.health,
            allowedRoles: [], internalOnly: false, isPublic: true, hasBody: false,
            handler: .unary { input, transport, options in
                let request = GatewayV1.GatewayHealthRequest()
                let response = try await transport.unary(request, method: GatewayV1.Gateway.Method.health, options: options, as: GatewayV1.GatewayHealthResponse.self)
                return GatewayResponse(status: 200, body: response.jsonValue())
            }),
        GatewayRoute(
            verb: "POST", pathTemplate: "/chunk",
            method: PipelineV1.Chunker.Method.chunk,
            allowedRoles: [], internalOnly: false, isPublic: false, hasBody: true,
            handler: .unary { input, transport, options in
                let request = try PipelineV1.ChunkRequest(json: input.body ?? .object([]), options: input.decodingOptions)
                let response = try await transport.unary(request, method: PipelineV1.Chunker.Method.chunk, options: options, as: PipelineV1.ChunkResponse.self)
                return GatewayResponse(status: 200, body: response.jsonValue())
            }),
        GatewayRoute(
            verb: "POST", pathTemplate: "/embed",
            method: PipelineV1.Embedder.Method.embed,
            allowedRoles: ["service"], internalOnly: false, isPublic: false, hasBody: true,
            handler: .unary { input, transport, options in
                let request = try PipelineV1.EmbedRequest(json: input.body ?? .object([]), options: input.decodingOptions)
                let response = try await transport.unary(request, method: PipelineV1.Embedder.Method.embed, options: options, as: PipelineV1.EmbedResponse.self)
                return GatewayResponse(status: 200, body: response.jsonValue())
            }),
        GatewayRoute(
            verb: "POST", pathTemplate: "/jobs",
            method: PipelineV1.Orchestrator.Method.submitJob,
            allowedRoles: ["user", "service"], internalOnly: false, isPublic: false, hasBody: true,
            handler: .unary { input, transport, options in
                let request = try PipelineV1.SubmitJobRequest(json: input.body ?? .object([]), options: input.decodingOptions)
                let response = try await transport.unary(request, method: PipelineV1.Orchestrator.Method.submitJob, options: options, as: PipelineV1.SubmitJobResponse.self)
                return GatewayResponse(status: response.created ? 202 : 200, body: response.jsonValue()["job"] ?? .null)
            }),
        GatewayRoute(
            verb: "GET", pathTemplate: "/jobs/{job_id}",
            method: PipelineV1.Orchestrator.Method.getJob,
            allowedRoles: [], internalOnly: false, isPublic: false, hasBody: false,
            handler: .unary { input, transport, options in
                var request = PipelineV1.GetJobRequest()
                request.jobID = input.pathParameters["job_id"] ?? ""
                let response = try await transport.unary(request, method: PipelineV1.Orchestrator.Method.getJob, options: options, as: PipelineV1.Job.self)
                return GatewayResponse(status: 200, body: response.jsonValue())
            }),
        GatewayRoute(
            verb: "GET", pathTemplate: "/jobs",
            method: PipelineV1.Orchestrator.Method.listJobs,
            allowedRoles: [], internalOnly: false, isPublic: false, hasBody: false,
            handler: .unary { input, transport, options in
                let query = JSONValue.object(input.query.sorted { $0.key < $1.key }.map { JSONMember($0.key, .string($0.value)) })
                let request = try PipelineV1.ListJobsRequest(json: query, options: JSONDecodingOptions(ignoreUnknownFields: true))
                let response = try await transport.unary(request, method: PipelineV1.Orchestrator.Method.listJobs, options: options, as: PipelineV1.ListJobsResponse.self)
                var headers: [(name: String, value: String)] = []
                if !response.nextCursor.isEmpty { headers.append(("X-Next-Cursor", response.nextCursor)) }
                return GatewayResponse(status: 200, body: response.jsonValue()["jobs"] ?? .null, headers: headers)
            }),
        GatewayRoute(
            verb: "GET", pathTemplate: "/jobs/{job_id}/events",
            method: PipelineV1.Orchestrator.Method.watchJob,
            allowedRoles: [], internalOnly: false, isPublic: false, hasBody: false,
            handler: .serverSentEvents { input, transport, options, emit in
                var request = PipelineV1.WatchJobRequest()
                request.jobID = input.pathParameters["job_id"] ?? ""
                try await transport.serverStreaming(request, method: PipelineV1.Orchestrator.Method.watchJob, options: options, of: PipelineV1.JobEvent.self) { stream in
                    for try await message in stream { try await emit(message.jsonValue()) }
                }
            }),
        GatewayRoute(
            verb: "POST", pathTemplate: "/jobs/{job_id}/complete",
            method: PipelineV1.Orchestrator.Method.completeStage,
            allowedRoles: ["service"], internalOnly: true, isPublic: false, hasBody: true,
            handler: .unary { input, transport, options in
                var request = try PipelineV1.CompleteStageRequest(json: input.body ?? .object([]), options: input.decodingOptions)
                request.jobID = input.pathParameters["job_id"] ?? ""
                let response = try await transport.unary(request, method: PipelineV1.Orchestrator.Method.completeStage, options: options, as: PipelineV1.CompleteStageResponse.self)
                return GatewayResponse(status: 200, body: response.jsonValue())
            }),
        GatewayRoute(
            verb: "POST", pathTemplate: "/scrape",
            method: PipelineV1.Scraper.Method.scrape,
            allowedRoles: [], internalOnly: false, isPublic: false, hasBody: true,
            handler: .unary { input, transport, options in
                let request = try PipelineV1.ScrapeRequest(json: input.body ?? .object([]), options: input.decodingOptions)
                let response = try await transport.unary(request, method: PipelineV1.Scraper.Method.scrape, options: options, as: PipelineV1.ScrapeResponse.self)
                return GatewayResponse(status: 200, body: response.jsonValue())
            }),
        GatewayRoute(
            verb: "POST", pathTemplate: "/search",
            method: PipelineV1.Search.Method.search,
            allowedRoles: [], internalOnly: false, isPublic: false, hasBody: true,
            handler: .unary { input, transport, options in
                let request = try PipelineV1.SearchRequest(json: input.body ?? .object([]), options: input.decodingOptions)
                let response = try await transport.unary(request, method: PipelineV1.Search.Method.search, options: options, as: PipelineV1.SearchResponse.self)
                return GatewayResponse(status: 200, body: response.jsonValue())
            }),
    ]
}
