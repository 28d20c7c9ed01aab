// Generated from mesh/pipeline/v1/membership.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

import MeshCore

extension PipelineV1 {
    /// The methods of `mesh.pipeline.v1.Membership`.
    public enum Membership {
        public static let serviceName = "mesh.pipeline.v1.Membership"

        public enum Method {
            public static let validateKey = MethodDescriptor(service: "mesh.pipeline.v1.Membership", method: "ValidateKey", kind: .unary, isIdempotent: true)
            public static let createKey = MethodDescriptor(service: "mesh.pipeline.v1.Membership", method: "CreateKey", kind: .unary, isIdempotent: false)
            public static let listKeys = MethodDescriptor(service: "mesh.pipeline.v1.Membership", method: "ListKeys", kind: .unary, isIdempotent: true)
            public static let revokeKey = MethodDescriptor(service: "mesh.pipeline.v1.Membership", method: "RevokeKey", kind: .unary, isIdempotent: true)

            public static let all: [MethodDescriptor] = [validateKey, createKey, listKeys, revokeKey]
        }
    }
}

extension PipelineV1 {
    ///
    /// Implement every method to serve `mesh.pipeline.v1.Membership`; register with `RPCRouter.register(_:)`.
    public protocol MembershipService: RPCService {
        /// UNAUTHENTICATED for an unknown or revoked key.
        func validateKey(_ request: PipelineV1.ValidateKeyRequest, context: ServerContext) async throws -> PipelineV1.ValidateKeyResponse
        func createKey(_ request: PipelineV1.CreateKeyRequest, context: ServerContext) async throws -> PipelineV1.CreateKeyResponse
        func listKeys(_ request: PipelineV1.ListKeysRequest, context: ServerContext) async throws -> PipelineV1.ListKeysResponse
        func revokeKey(_ request: PipelineV1.RevokeKeyRequest, context: ServerContext) async throws -> PipelineV1.RevokeKeyResponse
    }
}

extension PipelineV1.MembershipService {
    public func registerMethods(with router: inout RPCRouter) {
        router.register(PipelineV1.Membership.Method.validateKey, handler: .unary { request, context in
            try await self.validateKey(PipelineV1.ValidateKeyRequest(serializedBytes: request), context: context).serializedBytes()
        })
        router.register(PipelineV1.Membership.Method.createKey, handler: .unary { request, context in
            try await self.createKey(PipelineV1.CreateKeyRequest(serializedBytes: request), context: context).serializedBytes()
        })
        router.register(PipelineV1.Membership.Method.listKeys, handler: .unary { request, context in
            try await self.listKeys(PipelineV1.ListKeysRequest(serializedBytes: request), context: context).serializedBytes()
        })
        router.register(PipelineV1.Membership.Method.revokeKey, handler: .unary { request, context in
            try await self.revokeKey(PipelineV1.RevokeKeyRequest(serializedBytes: request), context: context).serializedBytes()
        })
    }
}

extension PipelineV1 {
    /// Calls `mesh.pipeline.v1.Membership` through any transport.
    public struct MembershipClient: Sendable {
        public let transport: any ClientTransport

        public init(transport: any ClientTransport) { self.transport = transport }

        /// UNAUTHENTICATED for an unknown or revoked key.
        public func validateKey(_ request: PipelineV1.ValidateKeyRequest, options: CallOptions = CallOptions()) async throws -> PipelineV1.ValidateKeyResponse {
            try await transport.unary(request, method: Membership.Method.validateKey, options: options, as: PipelineV1.ValidateKeyResponse.self)
        }

        public func createKey(_ request: PipelineV1.CreateKeyRequest, options: CallOptions = CallOptions()) async throws -> PipelineV1.CreateKeyResponse {
            try await transport.unary(request, method: Membership.Method.createKey, options: options, as: PipelineV1.CreateKeyResponse.self)
        }

        public func listKeys(_ request: PipelineV1.ListKeysRequest, options: CallOptions = CallOptions()) async throws -> PipelineV1.ListKeysResponse {
            try await transport.unary(request, method: Membership.Method.listKeys, options: options, as: PipelineV1.ListKeysResponse.self)
        }

        public func revokeKey(_ request: PipelineV1.RevokeKeyRequest, options: CallOptions = CallOptions()) async throws -> PipelineV1.RevokeKeyResponse {
            try await transport.unary(request, method: Membership.Method.revokeKey, options: options, as: PipelineV1.RevokeKeyResponse.self)
        }
    }
}
