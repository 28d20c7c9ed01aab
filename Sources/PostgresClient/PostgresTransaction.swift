/// Transaction isolation levels (PostgreSQL treats READ UNCOMMITTED as READ COMMITTED).
public enum PostgresIsolationLevel: Sendable {
    case readCommitted
    case repeatableRead
    case serializable

    var beginStatement: String {
        switch self {
        case .readCommitted: "BEGIN ISOLATION LEVEL READ COMMITTED"
        case .repeatableRead: "BEGIN ISOLATION LEVEL REPEATABLE READ"
        case .serializable: "BEGIN ISOLATION LEVEL SERIALIZABLE"
        }
    }
}

/// An open transaction. Its queries run on the transaction's connection and thread, so a
/// `SELECT … FOR UPDATE` followed by an `UPDATE` happens atomically. Valid only inside the body it
/// was passed to.
public struct PostgresTransaction {
    let connection: PostgresConnection

    /// Runs one parameterized statement inside the transaction.
    @discardableResult
    public func query(_ sql: String, _ params: [PostgresValue] = []) throws -> PostgresRows {
        try connection.query(sql, params)
    }
}

extension PostgresConnection {
    /// Runs `body` in a transaction: COMMIT when it returns, ROLLBACK when it throws. Throws
    /// `.transactionRolledBack` if a statement failed inside (the server then refuses to commit)
    /// and errors such as serialization failures that COMMIT reports.
    @discardableResult
    public func withTransaction<T>(
        isolation: PostgresIsolationLevel = .readCommitted,
        _ body: (PostgresTransaction) throws -> T
    ) throws -> T {
        try query(isolation.beginStatement)
        let value: T
        do {
            value = try body(PostgresTransaction(connection: self))
        } catch {
            rollbackQuietly()
            throw error
        }
        if transactionState == .failedTransaction {
            rollbackQuietly()
            throw PostgresError(code: .transactionRolledBack,
                                message: "a statement failed inside the transaction; it was rolled back")
        }
        // COMMIT of a failed transaction "succeeds" with the tag ROLLBACK.
        if try query("COMMIT").commandTag == "ROLLBACK" {
            throw PostgresError(code: .transactionRolledBack, message: "the transaction was rolled back at COMMIT")
        }
        return value
    }

    /// Best effort: if this fails the connection is broken and will be replaced anyway.
    func rollbackQuietly() {
        guard isConnected, transactionState != .idle else { return }
        _ = try? query("ROLLBACK")
    }
}
