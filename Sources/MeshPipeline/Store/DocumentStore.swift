import PostgresClient

/// The `documents` table: the text each job's scrape produced.
public struct DocumentStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Stores (or replaces, for a re-delivered task) the job's document.
    public func save(jobID: String, page: FetchedPage) async throws {
        try await pool.query(
            """
            INSERT INTO documents (job_id, url, content, content_type, bytes, fetched_at) VALUES ($1, $2, $3, $4, $5, now())
            ON CONFLICT (job_id) DO UPDATE SET url = EXCLUDED.url, content = EXCLUDED.content,
                content_type = EXCLUDED.content_type, bytes = EXCLUDED.bytes, fetched_at = EXCLUDED.fetched_at
            """,
            [.text(jobID), .text(page.url), .text(page.text), .text(page.contentType), .int(page.bytes)])
    }

    /// The job's document text, or nil if it was never stored.
    public func content(jobID: String) async throws -> String? {
        try await pool.query("SELECT content FROM documents WHERE job_id = $1", [.text(jobID)])
            .first.map { try $0.decode(String.self, at: 0) }
    }
}
