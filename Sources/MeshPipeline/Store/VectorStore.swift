import PostgresClient

/// A vector to store.
public struct VectorRow: Sendable, Hashable {
    public var chunkID: String
    public var jobID: String
    public var sourceURL: String
    public var ordinal: Int
    public var text: String
    public var embedding: [Float]

    public init(chunkID: String, jobID: String, sourceURL: String, ordinal: Int, text: String, embedding: [Float]) {
        self.chunkID = chunkID
        self.jobID = jobID
        self.sourceURL = sourceURL
        self.ordinal = ordinal
        self.text = text
        self.embedding = embedding
    }
}

/// The `vectors` table, `corpus_versions` and `vector_tombstones`.
///
/// Every write to a corpus first bumps `corpus_versions.version` (taking that row's lock, so the
/// writes of one corpus commit in version order), stamps the rows it stores with the new version and
/// records the chunk ids it removes as tombstones of that version. A reader holding an index of
/// version `c` therefore catches up by reading only rows and tombstones newer than `c`.
public struct VectorStore: Sendable {
    /// Tombstones are kept for this many versions; an index older than that reloads in full.
    static let tombstoneHorizon = 1000

    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    /// Replaces everything stored for `sourceURL` in `corpusName` with `rows`, atomically: re-ingesting
    /// a URL never duplicates and never leaves chunks of the old version behind.
    public func replaceDocument(corpusName: String, sourceURL: String, rows: [VectorRow]) async throws {
        try await EmbeddingStoreTiming.measure("write") { try await replaceDocumentUntimed(corpusName: corpusName, sourceURL: sourceURL, rows: rows) }
    }

    private func replaceDocumentUntimed(corpusName: String, sourceURL: String, rows: [VectorRow]) async throws {
        try await pool.withTransaction { transaction in
            let version = try Self.beginWrite(corpusName: corpusName, in: transaction)
            try transaction.query(
                """
                WITH gone AS (DELETE FROM vectors WHERE corpus_name = $1 AND source_url = $2 RETURNING chunk_id)
                INSERT INTO vector_tombstones (corpus_name, version, chunk_id) SELECT $1, $3, chunk_id FROM gone
                """, [.text(corpusName), .text(sourceURL), .int(version)])
            try Self.upsert(rows, corpusName: corpusName, version: version, in: transaction)
        }
    }

    /// Inserts or replaces `rows` by chunk id. A chunk id stored in another corpus is refused
    /// (INVALID_ARGUMENT `chunk_id_in_other_corpus`).
    public func upsert(corpusName: String, rows: [VectorRow]) async throws {
        try await EmbeddingStoreTiming.measure("write") {
            try await pool.withTransaction { transaction in
                let version = try Self.beginWrite(corpusName: corpusName, in: transaction)
                try Self.upsert(rows, corpusName: corpusName, version: version, in: transaction)
            }
        }
    }

    /// The corpus's version, or nil if nothing was ever stored in it.
    public func version(corpusName: String) async throws -> Int? {
        try await pool.query("SELECT version FROM corpus_versions WHERE corpus_name = $1", [.text(corpusName)])
            .first.map { try $0.decode(Int.self, at: 0) }
    }

    /// Rows stored for a URL in a corpus.
    public func count(corpusName: String, sourceURL: String) async throws -> Int {
        try await pool.query(
            "SELECT count(*) FROM vectors WHERE corpus_name = $1 AND source_url = $2", [.text(corpusName), .text(sourceURL)]
        ).first.map { try $0.decode(Int.self, at: 0) } ?? 0
    }

    /// The corpus's current index, from one consistent snapshot (REPEATABLE READ): `cached` brought up
    /// to date with the rows and tombstones written since its version, or everything when there is no
    /// usable cached index. Rows are read in pages on the connection's thread, so neither a huge
    /// result nor the parsing lands on the cooperative pool. nil for a corpus with no writes.
    func loadIndex(corpusName: String, updating cached: CorpusIndex?, pageSize: Int = 2000) async throws -> CorpusIndex? {
        try await pool.withTransaction(isolation: .repeatableRead) { transaction in
            guard let row = try transaction.query(
                "SELECT version, tombstones_from FROM corpus_versions WHERE corpus_name = $1", [.text(corpusName)]
            ).first else { return nil }
            let version = try row.decode(Int.self, at: 0)
            let tombstonesFrom = try row.decode(Int.self, at: 1)
            let base = cached.flatMap { $0.version >= tombstonesFrom && $0.version <= version ? $0 : nil }
            if let base, base.version == version { return base }
            let since = base?.version ?? 0

            var changed = CorpusIndex.Builder()
            var after = ""
            while true {
                let rows = try transaction.query(
                    """
                    SELECT chunk_id, text, source_url, job_id, embedding FROM vectors
                    WHERE corpus_name = $1 AND version > $2 AND chunk_id > $3 ORDER BY chunk_id LIMIT $4
                    """, [.text(corpusName), .int(since), .text(after), .int(pageSize)])
                for row in rows {
                    guard let embedding = row.cell(at: 4).bytes else { continue }
                    changed.add(
                        chunkID: try row.decode(String.self, at: 0), text: try row.decode(String.self, at: 1),
                        sourceURL: try row.decode(String.self, at: 2), jobID: try row.decode(String.self, at: 3),
                        embeddingText: embedding)
                }
                guard rows.count == pageSize, let last = rows.last else { break }
                after = try last.decode(String.self, at: 0)
            }
            guard let base else { return changed.build(version: version) }
            var dropped = Set(changed.chunkIDs)
            for tombstone in try transaction.query(
                "SELECT chunk_id FROM vector_tombstones WHERE corpus_name = $1 AND version > $2",
                [.text(corpusName), .int(since)])
            {
                dropped.insert(try tombstone.decode(String.self, at: 0))
            }
            return CorpusIndex.Builder(keeping: base, without: dropped).merged(with: changed).build(version: version)
        }
    }

    /// Bumps the corpus's version (locking its row until commit) and returns the new version; now and
    /// then prunes tombstones older than the horizon.
    private static func beginWrite(corpusName: String, in transaction: PostgresTransaction) throws -> Int {
        guard let row = try transaction.query(
            """
            INSERT INTO corpus_versions (corpus_name, version) VALUES ($1, 1)
            ON CONFLICT (corpus_name) DO UPDATE SET version = corpus_versions.version + 1
            RETURNING version
            """, [.text(corpusName)]
        ).first else { throw PostgresError(code: .queryFailed, message: "version bump returned no row") }
        let version = try row.decode(Int.self, at: 0)
        if version % 100 == 0, version > tombstoneHorizon {
            let horizon = version - tombstoneHorizon
            try transaction.query(
                "DELETE FROM vector_tombstones WHERE corpus_name = $1 AND version <= $2", [.text(corpusName), .int(horizon)])
            try transaction.query(
                "UPDATE corpus_versions SET tombstones_from = $2 WHERE corpus_name = $1", [.text(corpusName), .int(horizon)])
        }
        return version
    }

    private static func upsert(
        _ rows: [VectorRow], corpusName: String, version: Int, in transaction: PostgresTransaction
    ) throws {
        for row in rows {
            let stored = try transaction.query(
                """
                INSERT INTO vectors (chunk_id, corpus_name, job_id, source_url, ordinal, text, embedding, version, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
                ON CONFLICT (chunk_id) DO UPDATE SET job_id = EXCLUDED.job_id, source_url = EXCLUDED.source_url,
                    ordinal = EXCLUDED.ordinal, text = EXCLUDED.text, embedding = EXCLUDED.embedding,
                    version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
                WHERE vectors.corpus_name = EXCLUDED.corpus_name
                """,
                [.text(row.chunkID), .text(corpusName), .text(row.jobID), .text(row.sourceURL), .int(row.ordinal),
                 .text(row.text), .float4Array(row.embedding), .int(version)])
            guard stored.affectedRows == 1 else {
                throw PipelineErrors.invalidArgument(
                    "chunk_id_in_other_corpus", "a chunk_id is already stored in another corpus")
            }
        }
    }
}
