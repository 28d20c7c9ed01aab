internal import CLibPQ
import Foundation

/// One libpq connection. Every call blocks the calling thread until the server answers, so use it
/// from a dedicated thread (as `PostgresPool` and `PostgresListener` do), never from async code
/// directly. Not thread-safe: one thread at a time. The `PGconn` is closed when this is released.
///
/// This file and `PostgresConnection+Notifications.swift` are the only code that calls libpq, and
/// the only place libpq failures become `PostgresError`s.
public final class PostgresConnection {
    let handle: OpaquePointer
    /// `host:port` for messages; never includes the user or password.
    public let endpoint: String
    private var statements = StatementCache()

    /// Connects to the server `url` names (`postgresql://user@host:port/db?…`), waiting at most
    /// `connectTimeout` (libpq's resolution is whole seconds, minimum 2). Sessions use UTC and the ISO
    /// date style, so timestamps are unambiguous; an `options` query parameter in the URL is kept.
    public init(url: String, connectTimeout: Duration = .seconds(5)) throws {
        let parsed = try Self.parseOptions(url)
        let timeoutSeconds = max(2, Int((Double(connectTimeout.components.seconds)
                + Double(connectTimeout.components.attoseconds) / 1e18).rounded(.up)))
        // Later keywords override what the expanded URL sets, so the URL's own options are appended.
        let sessionOptions = (["-c TimeZone=UTC -c DateStyle=ISO"] + (parsed.options.map { [$0] } ?? []))
            .joined(separator: " ")
        let keywords = ["dbname", "connect_timeout", "options", "client_encoding"]
        let values = [url, String(timeoutSeconds), sessionOptions, "UTF8"]
        let connection = Self.withCStringArray(keywords) { keywordPointers in
            Self.withCStringArray(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let connection else {
            throw PostgresError(code: .connectionFailed, message: "libpq could not allocate a connection")
        }
        let endpoint = Self.endpoint(of: connection, fallback: parsed.endpoint)
        guard PQstatus(connection) == CONNECTION_OK else {
            let reason = Self.firstLine(PQerrorMessage(connection))
            PQfinish(connection)
            throw PostgresError(code: .connectionFailed,
                                message: "cannot connect to PostgreSQL at \(endpoint): \(reason)")
        }
        // libpq prints notices (e.g. "relation already exists, skipping") to stderr by default.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        self.handle = connection
        self.endpoint = endpoint
    }

    deinit {
        PQfinish(handle)
    }

    /// Runs one statement with `$1…$n` parameters (`PQexecParams`): values never become SQL text.
    /// Several statements in one string are rejected by the server.
    @discardableResult
    public func query(_ sql: String, _ params: [PostgresValue] = []) throws -> PostgresRows {
        var encoded: [EncodedParameter] = []
        encoded.reserveCapacity(params.count)
        for param in params { encoded.append(try param.encoded()) }
        let key = StatementCache.Key(sql: sql, parameterTypes: encoded.map(\.type.oid))
        switch statements.decide(key) {
        case .unprepared:
            return try consume(execute(sql, encoded, prepared: nil), redacting: encoded)
        case .prepare(let name):
            let prepared = PQprepare(handle, name, sql, Int32(encoded.count), key.parameterTypes)
            // A statement that does not prepare (bad SQL) fails here exactly as it would unprepared.
            _ = try consume(prepared, redacting: encoded)
            statements.didPrepare(key, name: name)
            return try consume(execute(sql, encoded, prepared: name), redacting: encoded)
        case .execute(let name):
            do {
                return try consume(execute(sql, encoded, prepared: name), redacting: encoded)
            } catch let error as PostgresError where error.sqlState == "0A000" || error.sqlState == "26000" {
                // "cached plan must not change result type" after DDL, or the statement is gone: it did
                // not run. Forget it and, outside a transaction (which the error has aborted), run it afresh.
                statements.forget(key)
                guard transactionState == .idle else { throw error }
                return try consume(execute(sql, encoded, prepared: nil), redacting: encoded)
            }
        }
    }

    private func execute(_ sql: String, _ encoded: [EncodedParameter], prepared name: String?) throws -> OpaquePointer? {
        try Self.withParameterArrays(encoded) { types, values, lengths, formats in
            if let name {
                PQexecPrepared(handle, name, Int32(encoded.count), values, lengths, formats, 0)
            } else {
                PQexecParams(handle, sql, Int32(encoded.count), types, values, lengths, formats, 0)
            }
        }
    }

    /// Runs trusted SQL that may hold several statements (`PQexec`, no parameters). Only for SQL that
    /// ships with the program, such as migration files: never pass anything built from input here.
    func executeTrustedScript(_ sql: String) throws {
        _ = try consume(PQexec(handle, sql), redacting: [])
    }

    /// Whether the connection is up as far as libpq knows (it learns of a drop on the next I/O).
    public var isConnected: Bool { PQstatus(handle) == CONNECTION_OK }

    /// Where the session stands with respect to transactions.
    var transactionState: TransactionState {
        switch PQtransactionStatus(handle) {
        case PQTRANS_IDLE: .idle
        case PQTRANS_INTRANS: .inTransaction
        case PQTRANS_INERROR: .failedTransaction
        case PQTRANS_ACTIVE: .busy
        default: .unknown
        }
    }

    enum TransactionState { case idle, inTransaction, failedTransaction, busy, unknown }

    /// Checks, without blocking, whether an idle connection is still usable: a server that shut
    /// down or dropped us leaves the socket readable (an error message and EOF), which libpq only
    /// notices when it next reads. Notifications that arrived meanwhile are discarded.
    func isUsableAfterIdle() -> Bool {
        guard isConnected else { return false }
        // A shutting-down server sends an error and then closes: the first read returns the message,
        // only a later one sees the EOF. A live connection stops being readable after a read or two.
        for _ in 0..<4 {
            switch pollReadable(timeoutMilliseconds: 0) {
            case .failed, .woken: return false
            case .timedOut: return isConnected
            case .input:
                guard PQconsumeInput(handle) != 0, isConnected else { return false }
                while let notification = PQnotifies(handle) { PQfreemem(notification) }
            }
        }
        return false
    }

    // MARK: - results and errors (the one place libpq failures are translated)

    /// Copies a result into `PostgresRows` and frees it, or throws the error it carries.
    private func consume(_ result: OpaquePointer?, redacting params: [EncodedParameter]) throws -> PostgresRows {
        guard let result else {
            // No result at all: out of memory or the connection is gone.
            throw connectionError(Self.firstLine(PQerrorMessage(handle)))
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK, PGRES_EMPTY_QUERY, PGRES_SINGLE_TUPLE:
            return try Self.copyRows(result)
        case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
            throw PostgresError(code: .queryFailed, message: "COPY is not supported by this client")
        default:
            throw error(from: result, redacting: params)
        }
    }

    private func error(from result: OpaquePointer, redacting params: [EncodedParameter]) -> PostgresError {
        let sqlState = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
        let primary = PQresultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
            ?? Self.firstLine(PQresultErrorMessage(result))
        let message = Self.redact(primary.isEmpty ? Self.firstLine(PQerrorMessage(handle)) : primary, params)
        let lostConnection = !isConnected || sqlState?.hasPrefix("08") == true || sqlState?.hasPrefix("57P0") == true
        if lostConnection {
            return PostgresError(code: .connectionFailed, message: "connection to \(endpoint) lost: \(message)",
                                 sqlState: sqlState)
        }
        return PostgresError(code: .queryFailed, message: message, sqlState: sqlState)
    }

    private func connectionError(_ reason: String) -> PostgresError {
        PostgresError(code: .connectionFailed, message: "connection to \(endpoint) failed: \(reason)")
    }

    /// Server messages sometimes quote the offending input (`invalid input syntax for type integer:
    /// "…"`); parameter values must not reach logs, so any parameter text in the message is masked.
    private static func redact(_ message: String, _ params: [EncodedParameter]) -> String {
        var message = message
        for text in params.compactMap(\.redactableText) where !text.isEmpty {
            message = message.replacingOccurrences(of: "\"\(text)\"", with: "\"[redacted]\"")
            if text.count >= 4 { message = message.replacingOccurrences(of: text, with: "[redacted]") }
        }
        return message
    }

    private static func copyRows(_ result: OpaquePointer) throws -> PostgresRows {
        let rowCount = Int(PQntuples(result))
        let columnCount = Int(PQnfields(result))
        var columns: [PostgresColumn] = []
        columns.reserveCapacity(columnCount)
        for column in 0..<columnCount {
            let name = PQfname(result, Int32(column)).map { String(cString: $0) } ?? ""
            columns.append(PostgresColumn(name: name, type: PostgresDataType(oid: PQftype(result, Int32(column)))))
        }
        var totalLength = 0
        for row in 0..<rowCount {
            for column in 0..<columnCount { totalLength += Int(PQgetlength(result, Int32(row), Int32(column))) }
        }
        guard totalLength < Int(Int32.max) else {
            throw PostgresError(code: .queryFailed, message: "result too large (\(totalLength) bytes)")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(totalLength)
        var cells: [(start: Int32, length: Int32)] = []
        cells.reserveCapacity(rowCount * columnCount)
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                let (r, c) = (Int32(row), Int32(column))
                guard PQgetisnull(result, r, c) == 0, let value = PQgetvalue(result, r, c) else {
                    cells.append((start: 0, length: -1))
                    continue
                }
                let length = Int(PQgetlength(result, r, c))
                cells.append((start: Int32(bytes.count), length: Int32(length)))
                value.withMemoryRebound(to: UInt8.self, capacity: length) { pointer in
                    bytes.append(contentsOf: UnsafeBufferPointer(start: pointer, count: length))
                }
            }
        }
        let affected = PQcmdTuples(result).flatMap { Int(String(cString: $0)) } ?? 0
        let commandTag = PQcmdStatus(result).map { String(cString: $0) } ?? ""
        return PostgresRows(storage: .init(columns: columns, rowCount: rowCount, affectedRows: affected,
                                           commandTag: commandTag, bytes: bytes, cells: cells))
    }

    // MARK: - C plumbing

    /// Lays all parameter bytes out in one buffer and hands libpq the four parallel arrays it wants.
    private static func withParameterArrays<R>(
        _ params: [EncodedParameter],
        _ body: (UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?,
                 UnsafePointer<Int32>?) -> R
    ) throws -> R {
        if params.isEmpty { return body(nil, nil, nil, nil) }
        var buffer: [UInt8] = []
        var offsets: [Int] = []
        offsets.reserveCapacity(params.count)
        for param in params {
            offsets.append(buffer.count)
            if let bytes = param.bytes { buffer.append(contentsOf: bytes) }
        }
        // Keeps the base address non-nil, so an empty bytea still gets a non-NULL pointer.
        buffer.append(0)
        let types = params.map { Oid($0.type.oid) }
        let formats = params.map(\.format)
        var lengths: [Int32] = []
        lengths.reserveCapacity(params.count)
        for param in params {
            guard let count = param.bytes?.count else { lengths.append(0); continue }
            guard count < Int(Int32.max) else {
                throw PostgresError(code: .invalidParameter, message: "parameter too large (\(count) bytes)")
            }
            lengths.append(Int32(count))
        }
        return buffer.withUnsafeBytes { raw in
            let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self)
            var values: [UnsafePointer<CChar>?] = []
            values.reserveCapacity(params.count)
            for (index, param) in params.enumerated() {
                values.append(param.bytes == nil ? nil : base.map { UnsafePointer($0 + offsets[index]) })
            }
            return body(types, values, lengths, formats)
        }
    }

    /// NUL-terminated copies of `strings`, followed by a NULL entry, as libpq's keyword arrays want.
    private static func withCStringArray<R>(
        _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R
    ) -> R {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } } + [nil]
        return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
    }

    /// Reads the URL's own `options` and a `host:port` for messages, without connecting.
    private static func parseOptions(_ url: String) throws -> (options: String?, endpoint: String) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let parsed = PQconninfoParse(url, &errorMessage) else {
            if let errorMessage { PQfreemem(errorMessage) }
            // libpq's message can quote parts of the URL, password included: say less.
            throw PostgresError(code: .connectionFailed, message: "invalid PostgreSQL connection URL")
        }
        defer { PQconninfoFree(parsed) }
        var options: String?
        var host = "localhost"
        var port = "5432"
        var entry = parsed
        while let keyword = entry.pointee.keyword {
            if let value = entry.pointee.val {
                switch String(cString: keyword) {
                case "options": options = String(cString: value)
                case "host", "hostaddr": host = String(cString: value)
                case "port": port = String(cString: value)
                default: break
                }
            }
            entry += 1
        }
        return (options, "\(host):\(port)")
    }

    private static func endpoint(of connection: OpaquePointer, fallback: String) -> String {
        guard let host = PQhost(connection).map({ String(cString: $0) }), !host.isEmpty,
              let port = PQport(connection).map({ String(cString: $0) }), !port.isEmpty
        else { return fallback }
        return "\(host):\(port)"
    }

    /// The first line of a libpq message, without its "connection to server … failed: " preamble.
    private static func firstLine(_ message: UnsafePointer<CChar>?) -> String {
        guard let message else { return "unknown error" }
        var text = String(cString: message)
        if let range = text.range(of: " failed: ") { text = String(text[range.upperBound...]) }
        let line = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "unknown error" : trimmed
    }
}
