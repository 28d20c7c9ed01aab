import Foundation
import MeshContracts
import PostgresClient

/// A caller's role.
public enum APIKeyRole: String, Sendable, Hashable, CaseIterable {
    case user
    case service
    case admin

    /// The contract's value.
    public var proto: MeshV1.CallerRole {
        switch self {
        case .user: .user
        case .service: .service
        case .admin: .admin
        }
    }

    /// The role a contract value names; nil for unspecified or unknown numbers.
    public init?(proto: MeshV1.CallerRole) {
        switch proto {
        case .user: self = .user
        case .service: self = .service
        case .admin: self = .admin
        case .unspecified, .unrecognized: return nil
        }
    }
}

/// A stored API key (never its secret).
public struct APIKeyRecord: Sendable, Hashable {
    public var keyID: String
    public var callerID: String
    public var role: APIKeyRole
    public var label: String
    public var createdAt: Date
    public var revokedAt: Date?

    /// The key as the contract shows it.
    public var proto: PipelineV1.ApiKey {
        PipelineV1.ApiKey(
            keyID: keyID, callerID: callerID, role: role.proto, label: label,
            createdAt: Timestamps.rfc3339(createdAt), revokedAt: revokedAt.map(Timestamps.rfc3339) ?? "")
    }

    static let columns = "key_id, caller_id, role, label, created_at, revoked_at"

    init(row: PostgresRow) throws {
        keyID = try row.decode(String.self, at: 0)
        callerID = try row.decode(String.self, at: 1)
        guard let role = APIKeyRole(rawValue: try row.decode(String.self, at: 2)) else {
            throw PostgresError(code: .decodingFailed, message: "unknown role", column: "role")
        }
        self.role = role
        label = try row.decode(String.self, at: 3)
        createdAt = try row.decode(Date.self, at: 4)
        revokedAt = try row.decode(Date?.self, at: 5)
    }
}

/// A key just created: the record and its secret, which is shown once and never stored.
public struct CreatedAPIKey: Sendable, Hashable {
    public var key: APIKeyRecord
    public var secret: String
}

/// Why a presented key was refused.
public enum APIKeyRejection: Error, Sendable, Hashable {
    /// Malformed, unknown, or the secret does not match.
    case invalid
    /// The key exists and has been revoked.
    case revoked
}

/// The `api_keys` table, and the plain Swift API behind `mesh keys create|list|revoke`.
///
/// Secrets look like `mk_<key id: 16 hex>_<64 hex random>` (256 random bits from the kernel CSPRNG).
/// Only `SHA-256(secret)` is stored; validation finds the row by the key id embedded in the secret and
/// compares hashes in constant time, so timing reveals nothing about how close a guess was.
public struct MembershipStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Creates a key. `callerID` nil or empty makes a new identity.
    public func createKey(role: APIKeyRole, callerID: String? = nil, label: String = "") async throws -> CreatedAPIKey {
        let keyID = Hex.random(byteCount: 8)
        let secret = "mk_\(keyID)_\(Hex.random(byteCount: 32))"
        let caller = (callerID?.isEmpty ?? true) ? "caller_" + Hex.random(byteCount: 8) : (callerID ?? "")
        let rows = try await pool.query(
            """
            INSERT INTO api_keys (key_id, caller_id, role, label, key_hash) VALUES ($1, $2, $3, $4, $5)
            RETURNING \(APIKeyRecord.columns)
            """,
            [.text(keyID), .text(caller), .text(role.rawValue), .text(label), .text(SHA256.hexDigest(secret))])
        guard let row = rows.first else { throw PostgresError(code: .queryFailed, message: "insert returned no row") }
        return CreatedAPIKey(key: try APIKeyRecord(row: row), secret: secret)
    }

    /// Every key, oldest first.
    public func listKeys() async throws -> [APIKeyRecord] {
        try await pool.query("SELECT \(APIKeyRecord.columns) FROM api_keys ORDER BY created_at, key_id")
            .map(APIKeyRecord.init(row:))
    }

    /// Revokes a key (idempotent: a revoked key keeps its first revocation time); nil if unknown.
    public func revokeKey(keyID: String) async throws -> APIKeyRecord? {
        try await pool.query(
            """
            UPDATE api_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE key_id = $1
            RETURNING \(APIKeyRecord.columns)
            """, [.text(keyID)]
        ).first.map(APIKeyRecord.init(row:))
    }

    /// The key a secret belongs to, or why it is refused.
    public func validate(secret: String) async throws -> Result<APIKeyRecord, APIKeyRejection> {
        guard let keyID = Self.keyID(inSecret: secret) else { return .failure(.invalid) }
        let rows = try await pool.query(
            "SELECT \(APIKeyRecord.columns), key_hash FROM api_keys WHERE key_id = $1", [.text(keyID)])
        // Hash even when the id is unknown, so both paths take about the same time.
        let presented = SHA256.hexDigest(secret)
        guard let row = rows.first else { return .failure(.invalid) }
        let stored = try row.decode(String.self, at: 6)
        guard ConstantTime.equals(presented, stored) else { return .failure(.invalid) }
        let record = try APIKeyRecord(row: row)
        return record.revokedAt == nil ? .success(record) : .failure(.revoked)
    }

    /// The key id of a well-formed secret.
    static func keyID(inSecret secret: String) -> String? {
        let parts = secret.split(separator: "_", omittingEmptySubsequences: false)
        guard secret.utf8.count == 3 + 16 + 1 + 64, parts.count == 3, parts[0] == "mk", parts[1].utf8.count == 16,
            parts[1].utf8.allSatisfy(Self.isHexDigit), parts[2].utf8.allSatisfy(Self.isHexDigit)
        else { return nil }
        return String(parts[1])
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}
