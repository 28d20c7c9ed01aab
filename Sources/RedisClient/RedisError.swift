/// An error from the Redis client: a connection failure, a timeout, or an error reply from the server.
///
/// `code` is extensible (new codes may be added); match on it with `==`, never exhaustively.
/// `message` is the server's or hiredis' text; it never contains command arguments.
public struct RedisError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a machine-checkable value.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        /// The stable name of the code, e.g. `"out_of_memory"`.
        public let name: String

        private init(_ name: String) { self.name = name }

        /// The connection could not be made, or broke (refused, reset, closed by the server).
        public static let connectionFailed = Code("connection_failed")
        /// The server did not answer within the command timeout; the connection is discarded.
        public static let timeout = Code("timeout")
        /// hiredis could not parse what the server sent.
        public static let protocolError = Code("protocol_error")
        /// The server refused a write because `used_memory > maxmemory` (`OOM command not allowed …`).
        public static let outOfMemory = Code("out_of_memory")
        /// `EVALSHA` named a script the server does not have (`NOSCRIPT`).
        public static let noScript = Code("no_script")
        /// Any other error reply from the server; `message` holds its text.
        public static let serverError = Code("server_error")
        /// The pool was shut down before the command could run.
        public static let poolClosed = Code("pool_closed")
        /// The reply had a shape the caller did not expect.
        public static let unexpectedReply = Code("unexpected_reply")
        /// The configuration (URL, port, timeouts) is not usable.
        public static let invalidConfiguration = Code("invalid_configuration")

        public var description: String { name }
    }

    /// What went wrong.
    public let code: Code
    /// Human-readable detail (server error text or hiredis' `errstr`).
    public let message: String

    /// Creates an error with a code and a message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// Maps a server error reply (`-ERR …`, `-OOM …`, `-NOSCRIPT …`) onto a code. The one place that
    /// knows how Redis spells its errors.
    public init(serverReply message: String) {
        if message.hasPrefix("OOM ") || message.contains("OOM command not allowed") {
            self.init(.outOfMemory, message)
        } else if message.hasPrefix("NOSCRIPT") {
            self.init(.noScript, message)
        } else {
            self.init(.serverError, message)
        }
    }

    /// The error prefix Redis put on the reply (`ERR`, `WRONGTYPE`, `BUSYGROUP`, …), if any.
    public var serverErrorPrefix: String? {
        guard code == .serverError || code == .outOfMemory || code == .noScript else { return nil }
        return message.split(separator: " ", maxSplits: 1).first.map(String.init)
    }

    public var description: String { "RedisError(\(code)): \(message)" }
}
