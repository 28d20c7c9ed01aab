import RedisClient

/// What `RedisMemoryPolicy.check` found.
public struct MemoryPolicyReport: Sendable, Hashable {
    /// `maxmemory-policy` as configured (empty if it could not be read).
    public let policy: String
    /// `maxmemory` in bytes (0: unlimited; nil if it could not be read).
    public let maxMemoryBytes: Int?
    /// Set when the configuration puts queued tasks at risk; log it loudly.
    public let warning: String?

    /// Whether the policy is `noeviction`.
    public var isOK: Bool { warning == nil }
}

/// Checks that Redis will refuse writes rather than evict data when full: with any eviction
/// policy, Redis may silently drop queued tasks, rate-limit state or stream entries.
public enum RedisMemoryPolicy {
    /// The policy the queue needs.
    public static let required = "noeviction"

    /// Reads `maxmemory-policy` and `maxmemory` (one round trip). A server that refuses `CONFIG`
    /// (e.g. a managed Redis) gives a warning, not an error; connection failures throw.
    public static func check(_ pool: RedisPool) async throws(RedisError) -> MemoryPolicyReport {
        let replies = try await pool.pipeline([
            ["CONFIG", "GET", "maxmemory-policy"],
            ["CONFIG", "GET", "maxmemory"],
        ])
        guard replies.count == 2 else { throw RedisError(.unexpectedReply, "CONFIG GET pipeline") }
        if case .error(let message) = replies[0] {
            return MemoryPolicyReport(
                policy: "", maxMemoryBytes: nil,
                warning: "cannot read maxmemory-policy (\(message)); make sure it is \(required), "
                    + "or Redis may silently evict queued tasks")
        }
        let policy = replies[0].elements?.last?.text ?? ""
        let maxMemory = replies[1].elements?.last?.int
        guard policy == required else {
            return MemoryPolicyReport(
                policy: policy, maxMemoryBytes: maxMemory,
                warning: "maxmemory-policy is \(policy.isEmpty ? "unknown" : policy): Redis may silently evict "
                    + "queued tasks; set \(required)")
        }
        return MemoryPolicyReport(policy: policy, maxMemoryBytes: maxMemory, warning: nil)
    }
}
