/// An error from the PostgreSQL layer.
///
/// `description` carries the code, the SQLSTATE and the server's primary message only: never SQL
/// parameters, the server's DETAIL (which can echo row values) or connection passwords.
public struct PostgresError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is. Extensible: new codes are added as static members.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A stable, machine-readable name.
        public let rawValue: String

        /// Creates a code from its name.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        public var description: String { rawValue }

        /// The server could not be reached, refused the connection, or the connection broke.
        public static let connectionFailed = Code("connection_failed")
        /// The server rejected a statement (see `sqlState`).
        public static let queryFailed = Code("query_failed")
        /// A result value could not be decoded as the requested Swift type, or was NULL.
        public static let decodingFailed = Code("decoding_failed")
        /// A parameter cannot be sent (for example text containing a NUL byte).
        public static let invalidParameter = Code("invalid_parameter")
        /// The pool was shut down before or while the call waited.
        public static let poolClosed = Code("pool_closed")
        /// No connection became free within the acquire timeout.
        public static let timeout = Code("timeout")
        /// A transaction ended in ROLLBACK although the caller asked for COMMIT.
        public static let transactionRolledBack = Code("transaction_rolled_back")
        /// A migration file or list is malformed.
        public static let invalidMigration = Code("invalid_migration")
    }

    /// What kind of failure this is.
    public var code: Code
    /// The five-character SQLSTATE the server reported, if any (for example "23505").
    public var sqlState: String?
    /// A human-readable message: the server's primary message, or ours.
    public var message: String
    /// The result column involved, for decoding failures.
    public var column: String?

    /// Creates an error.
    public init(code: Code, message: String, sqlState: String? = nil, column: String? = nil) {
        self.code = code
        self.message = message
        self.sqlState = sqlState
        self.column = column
    }

    public var description: String {
        var text = "PostgresError(\(code)"
        if let sqlState { text += ", sqlstate \(sqlState)" }
        if let column { text += ", column \"\(column)\"" }
        return text + "): \(message)"
    }

    /// A unique constraint was violated (SQLSTATE 23505).
    public var isUniqueViolation: Bool { sqlState == "23505" }
    /// A serializable transaction could not be serialized (40001); retrying the transaction may succeed.
    public var isSerializationFailure: Bool { sqlState == "40001" }
    /// A deadlock was detected (40P01); retrying the transaction may succeed.
    public var isDeadlock: Bool { sqlState == "40P01" }
    /// The statement has a syntax error (42601).
    public var isSyntaxError: Bool { sqlState == "42601" }
    /// A foreign key constraint was violated (23503).
    public var isForeignKeyViolation: Bool { sqlState == "23503" }
    /// The server is shutting down or the connection was lost (class 08 and 57P0x).
    public var isConnectionLoss: Bool {
        code == .connectionFailed || sqlState?.hasPrefix("08") == true || sqlState?.hasPrefix("57P0") == true
    }
}
