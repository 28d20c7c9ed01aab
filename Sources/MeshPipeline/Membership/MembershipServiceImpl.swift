import Logging
import MeshContracts
import MeshCore

/// Membership (`mesh.pipeline.v1.Membership`): API keys stored hashed, validation to a
/// `CallerContext`, revocation. Role checks (ADMIN for key management, SERVICE for validation) are
/// enforced by the gateway and interceptors from the contract's `allowed_roles`.
public struct MembershipServiceImpl: PipelineV1.MembershipService {
    let store: MembershipStore
    let logger: Logger

    public init(store: MembershipStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    public func validateKey(_ request: PipelineV1.ValidateKeyRequest, context: ServerContext) async throws
        -> PipelineV1.ValidateKeyResponse
    {
        let outcome: Result<APIKeyRecord, APIKeyRejection>
        do {
            outcome = try await store.validate(secret: request.apiKey)
        } catch {
            throw PipelineErrors.storage(error)
        }
        switch outcome {
        case .success(let key):
            return PipelineV1.ValidateKeyResponse(
                caller: PipelineV1.CallerContext(callerID: key.callerID, role: key.role.proto, keyID: key.keyID))
        case .failure(.revoked):
            throw PipelineErrors.unauthenticated("revoked_api_key", "the API key has been revoked")
        case .failure(.invalid):
            throw PipelineErrors.unauthenticated("invalid_api_key", "unknown API key")
        }
    }

    public func createKey(_ request: PipelineV1.CreateKeyRequest, context: ServerContext) async throws
        -> PipelineV1.CreateKeyResponse
    {
        guard let role = APIKeyRole(proto: request.role) else {
            throw PipelineErrors.invalidArgument("invalid_role", "role must be user, service or admin")
        }
        guard request.callerID.utf8.count <= 128, request.label.utf8.count <= 256 else {
            throw PipelineErrors.invalidArgument("invalid_argument", "caller_id is at most 128 bytes, label 256")
        }
        do {
            let created = try await store.createKey(role: role, callerID: request.callerID, label: request.label)
            logger.info(
                "API key created",
                metadata: ["key_id": "\(created.key.keyID)", "caller_id": "\(created.key.callerID)", "role": "\(role)"])
            return PipelineV1.CreateKeyResponse(key: created.key.proto, apiKey: created.secret)
        } catch {
            throw PipelineErrors.storage(error)
        }
    }

    public func listKeys(_ request: PipelineV1.ListKeysRequest, context: ServerContext) async throws
        -> PipelineV1.ListKeysResponse
    {
        do {
            return PipelineV1.ListKeysResponse(keys: try await store.listKeys().map(\.proto))
        } catch {
            throw PipelineErrors.storage(error)
        }
    }

    public func revokeKey(_ request: PipelineV1.RevokeKeyRequest, context: ServerContext) async throws
        -> PipelineV1.RevokeKeyResponse
    {
        let revoked: APIKeyRecord?
        do {
            revoked = try await store.revokeKey(keyID: request.keyID)
        } catch {
            throw PipelineErrors.storage(error)
        }
        guard let revoked else { throw PipelineErrors.notFound("key_not_found", "no such API key") }
        logger.info("API key revoked", metadata: ["key_id": "\(revoked.keyID)"])
        return PipelineV1.RevokeKeyResponse(key: revoked.proto)
    }
}
