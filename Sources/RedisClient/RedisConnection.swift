internal import CHiredis
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// One blocking connection to Redis through hiredis. The only code that touches hiredis.
///
/// Not thread-safe: use it from one thread at a time (`RedisPool` gives each connection its own
/// thread). Once a connection-level error happened (I/O error, EOF, timeout, protocol error) the
/// connection is `isBroken` and every further call throws; make a new one.
public final class RedisConnection {
    /// The hiredis context; owned here and freed exactly once in `deinit`.
    private let context: UnsafeMutablePointer<redisContext>
    private let commandTimeout: Duration

    /// Whether a connection-level error made this connection unusable.
    public private(set) var isBroken = false

    /// Connects (within `connectTimeout`), sets the command timeout, and runs `AUTH` / `SELECT`.
    public init(configuration: RedisConfiguration) throws(RedisError) {
        guard (1...65535).contains(configuration.port) else {
            throw RedisError(.invalidConfiguration, "port \(configuration.port) is out of range")
        }
        guard let context = redisConnectWithTimeout(
            configuration.host, Int32(configuration.port), Self.makeTimeval(configuration.connectTimeout))
        else {
            throw RedisError(.connectionFailed, "hiredis could not allocate a context")
        }
        if context.pointee.err != 0 {
            let message = Self.errorText(context)
            redisFree(context)
            throw RedisError(
                .connectionFailed, "connect to \(configuration.host):\(configuration.port) failed: \(message)")
        }
        self.context = context
        self.commandTimeout = configuration.commandTimeout
        guard redisSetTimeout(context, Self.makeTimeval(configuration.commandTimeout)) == REDIS_OK else {
            throw connectionError()
        }
        if let password = configuration.password {
            var auth: [RedisArgument] = ["AUTH"]
            if let username = configuration.username { auth.append(RedisArgument(username)) }
            auth.append(RedisArgument(password))
            _ = try send(auth)
        }
        if configuration.database != 0 {
            _ = try send(["SELECT", RedisArgument(configuration.database)])
        }
    }

    deinit {
        redisFree(context)
    }

    /// Sends one command and waits for its reply. An error reply is thrown as `RedisError`
    /// (`.outOfMemory`, `.noScript`, `.serverError`).
    ///
    /// - Parameter timeout: overrides the command timeout for this call only, e.g. for
    ///   `XREADGROUP … BLOCK ms` (pass the block time plus a margin).
    public func send(_ arguments: [RedisArgument], timeout: Duration? = nil) throws(RedisError) -> RedisReply {
        guard let reply = try pipeline([arguments], timeout: timeout).first else {
            throw RedisError(.protocolError, "no reply")
        }
        return try reply.errorChecked()
    }

    /// Sends several commands in one write and reads their replies in order. Error replies are
    /// returned as `.error` values (one failing command does not hide the others' replies);
    /// connection-level errors are thrown and break the connection.
    public func pipeline(_ commands: [[RedisArgument]], timeout: Duration? = nil) throws(RedisError) -> [RedisReply] {
        guard !isBroken else { throw RedisError(.connectionFailed, "the connection is broken") }
        if let timeout {
            guard redisSetTimeout(context, Self.makeTimeval(timeout)) == REDIS_OK else { throw connectionError() }
        }
        for command in commands {
            try append(command)
        }
        var replies: [RedisReply] = []
        replies.reserveCapacity(commands.count)
        for _ in commands {
            var raw: UnsafeMutableRawPointer?
            guard redisGetReply(context, &raw) == REDIS_OK, let raw else { throw connectionError() }
            let reply = raw.assumingMemoryBound(to: redisReply.self)
            replies.append(Self.decode(reply))
            freeReplyObject(raw)
        }
        if timeout != nil {
            guard redisSetTimeout(context, Self.makeTimeval(commandTimeout)) == REDIS_OK else { throw connectionError() }
        }
        return replies
    }

    /// Whether the server closed this (idle) connection, e.g. because it restarted. One non-blocking
    /// `recv(MSG_PEEK)`; an idle RESP2 connection never has unread bytes, so any byte or EOF means
    /// the connection cannot be trusted. Marks the connection broken if so.
    public func peerClosed() -> Bool {
        if isBroken { return true }
        var byte: UInt8 = 0
        let received = recv(context.pointee.fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        if received < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) { return false }
        isBroken = true
        return true
    }

    // MARK: - hiredis calls

    /// Formats one command into hiredis' output buffer (binary-safe argv form).
    private func append(_ arguments: [RedisArgument]) throws(RedisError) {
        // All arguments in one buffer with a trailing byte, so every pointer (even for an empty
        // argument at the end) points into valid memory.
        var storage: [UInt8] = []
        storage.reserveCapacity(arguments.reduce(1) { $0 + $1.bytes.count })
        var offsets: [Int] = []
        var lengths: [Int] = []
        offsets.reserveCapacity(arguments.count)
        lengths.reserveCapacity(arguments.count)
        for argument in arguments {
            offsets.append(storage.count)
            lengths.append(argument.bytes.count)
            storage.append(contentsOf: argument.bytes)
        }
        storage.append(0)
        let status = storage.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return REDIS_ERR }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                var argv: [UnsafePointer<CChar>?] = offsets.map { chars + $0 }
                return redisAppendCommandArgv(context, Int32(arguments.count), &argv, lengths)
            }
        }
        guard status == REDIS_OK else { throw connectionError() }
    }

    /// Reads `err`/`errstr` once, marks the connection broken and returns the typed error.
    private func connectionError() -> RedisError {
        let savedErrno = errno
        isBroken = true
        let message = Self.errorText(context)
        switch context.pointee.err {
        case REDIS_ERR_IO where savedErrno == EAGAIN || savedErrno == EWOULDBLOCK:
            return RedisError(.timeout, "no reply within the command timeout")
        case REDIS_ERR_PROTOCOL:
            return RedisError(.protocolError, message)
        case REDIS_ERR_EOF:
            return RedisError(.connectionFailed, "the server closed the connection")
        default:
            return RedisError(.connectionFailed, message.isEmpty ? "connection error" : message)
        }
    }

    /// `errstr` is a `char[128]`, imported as a tuple.
    private static func errorText(_ context: UnsafeMutablePointer<redisContext>) -> String {
        withUnsafeBytes(of: context.pointee.errstr) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    private static func decode(_ reply: UnsafePointer<redisReply>) -> RedisReply {
        let value = reply.pointee
        switch value.type {
        case REDIS_REPLY_STRING:
            return .string(bytes(value))
        case REDIS_REPLY_STATUS:
            return .status(String(decoding: bytes(value), as: UTF8.self))
        case REDIS_REPLY_ERROR:
            return .error(String(decoding: bytes(value), as: UTF8.self))
        case REDIS_REPLY_INTEGER:
            return .integer(Int(value.integer))
        case REDIS_REPLY_ARRAY:
            guard let elements = value.element else { return .array([]) }
            return .array(
                (0..<value.elements).map { index in
                    elements[index].map { decode($0) } ?? .null
                })
        default:
            return .null
        }
    }

    private static func bytes(_ reply: redisReply) -> [UInt8] {
        guard let string = reply.str, reply.len > 0 else { return [] }
        return Array(UnsafeRawBufferPointer(start: string, count: reply.len))
    }

    private static func makeTimeval(_ duration: Duration) -> timeval {
        let (seconds, attoseconds) = duration.components
        return timeval(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
    }
}
