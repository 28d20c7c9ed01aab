/// A Lua script run with `EVALSHA`, falling back to `EVAL` when the server does not know it yet
/// (first use, or after a restart / `SCRIPT FLUSH`). `EVAL` also caches it, so the next call is
/// an `EVALSHA` again.
public struct RedisScript: Sendable, Hashable {
    /// The Lua source.
    public let source: String
    /// SHA-1 of `source`, the name the server knows the script by.
    public let sha1: String

    /// Wraps Lua source; computes its SHA-1 locally (no round trip).
    public init(_ source: String) {
        self.source = source
        self.sha1 = SHA1.hex(Array(source.utf8))
    }
}

extension RedisPool {
    /// Runs `script` with `keys` (`KEYS[…]`) and `arguments` (`ARGV[…]`); error replies (including
    /// errors raised by the script) are thrown as `RedisError`.
    public func evaluate(
        _ script: RedisScript, keys: [RedisArgument] = [], arguments: [RedisArgument] = []
    ) async throws(RedisError) -> RedisReply {
        let tail = [RedisArgument(keys.count)] + keys + arguments
        do {
            return try await send(["EVALSHA", RedisArgument(script.sha1)] + tail)
        } catch where error.code == .noScript {
            return try await send(["EVAL", RedisArgument(script.source)] + tail)
        }
    }
}
