import PostgresClient

/// One stored chunk of a job's document.
public struct StoredChunk: Sendable, Hashable {
    public var ordinal: Int
    public var chunkID: String
    public var text: String
    public var tokenCount: Int

    public init(ordinal: Int, chunkID: String, text: String, tokenCount: Int) {
        self.ordinal = ordinal
        self.chunkID = chunkID
        self.text = text
        self.tokenCount = tokenCount
    }
}

/// The `chunks` table.
public struct ChunkStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Replaces the job's chunks in one transaction (a re-delivered task writes the same rows again).
    public func replace(jobID: String, chunks: [StoredChunk]) async throws {
        try await pool.withTransaction { transaction in
            try transaction.query("DELETE FROM chunks WHERE job_id = $1", [.text(jobID)])
            for chunk in chunks {
                try transaction.query(
                    "INSERT INTO chunks (job_id, ordinal, chunk_id, text, token_count) VALUES ($1, $2, $3, $4, $5)",
                    [.text(jobID), .int(chunk.ordinal), .text(chunk.chunkID), .text(chunk.text), .int(chunk.tokenCount)])
            }
        }
    }

    /// The job's chunks in order.
    public func chunks(jobID: String) async throws -> [StoredChunk] {
        try await pool.query(
            "SELECT ordinal, chunk_id, text, token_count FROM chunks WHERE job_id = $1 ORDER BY ordinal", [.text(jobID)]
        ).map { row in
            StoredChunk(
                ordinal: try row.decode(Int.self, at: 0), chunkID: try row.decode(String.self, at: 1),
                text: try row.decode(String.self, at: 2), tokenCount: try row.decode(Int.self, at: 3))
        }
    }
}
