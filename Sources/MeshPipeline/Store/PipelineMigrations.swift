import PostgresClient

/// The pipeline's schema, applied in order by `PostgresMigrator` (advisory-locked, so several
/// processes may start at once). Versions start at 1000 so they never collide with migrations other
/// modules may record in the same `schema_migrations` table. Trusted SQL shipped with the program.
public enum PipelineMigrations {
    /// Every migration, oldest first.
    public static let all: [(version: Int, name: String, sql: String)] = [
        (1001, "pipeline_api_keys", apiKeys),
        (1002, "pipeline_jobs", jobs),
        (1003, "pipeline_documents_chunks", documentsAndChunks),
        (1004, "pipeline_vectors", vectors),
    ]

    /// Applies every migration not yet recorded (what `PipelineServices.connect` does; also for tools
    /// such as `mesh keys` that only need the database). Safe to run from several processes at once.
    @discardableResult
    public static func apply(to pool: PostgresPool) async throws -> [Int] {
        try await PostgresMigrator(pool: pool, migrations: all).migrate()
    }

    static let apiKeys = """
        CREATE TABLE api_keys (
            key_id      text PRIMARY KEY,
            caller_id   text NOT NULL,
            role        text NOT NULL CHECK (role IN ('user', 'service', 'admin')),
            label       text NOT NULL DEFAULT '',
            key_hash    text NOT NULL UNIQUE,
            created_at  timestamptz NOT NULL DEFAULT now(),
            revoked_at  timestamptz
        );
        CREATE INDEX api_keys_created ON api_keys (created_at, key_id);
        """

    static let jobs = """
        CREATE TABLE jobs (
            job_id        text PRIMARY KEY,
            url           text NOT NULL,
            corpus_name   text NOT NULL,
            status        text NOT NULL
                CHECK (status IN ('pending', 'scraping', 'chunking', 'embedding', 'done', 'failed')),
            failed_stage  text CHECK (failed_stage IN ('scraping', 'chunking', 'embedding')),
            error         jsonb,
            caller_id     text NOT NULL,
            chunk_count   integer NOT NULL DEFAULT 0,
            request_hash  text NOT NULL,
            attempts      integer NOT NULL DEFAULT 0,
            traceparent   text NOT NULL DEFAULT '',
            created_at    timestamptz NOT NULL,
            updated_at    timestamptz NOT NULL
        );
        CREATE INDEX jobs_caller_created ON jobs (caller_id, created_at DESC, job_id DESC);
        CREATE INDEX jobs_active_updated ON jobs (updated_at) WHERE status NOT IN ('done', 'failed');
        """

    static let documentsAndChunks = """
        CREATE TABLE documents (
            job_id        text PRIMARY KEY,
            url           text NOT NULL,
            content       text NOT NULL,
            content_type  text NOT NULL DEFAULT '',
            bytes         integer NOT NULL,
            fetched_at    timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE chunks (
            job_id       text NOT NULL,
            ordinal      integer NOT NULL,
            chunk_id     text NOT NULL,
            text         text NOT NULL,
            token_count  integer NOT NULL,
            PRIMARY KEY (job_id, ordinal)
        );
        """

    static let vectors = """
        CREATE TABLE vectors (
            chunk_id     text PRIMARY KEY,
            corpus_name  text NOT NULL,
            job_id       text NOT NULL,
            source_url   text NOT NULL,
            ordinal      integer NOT NULL,
            text         text NOT NULL,
            embedding    float4[] NOT NULL,
            -- The corpus version of the write that stored this row.
            version      bigint NOT NULL,
            updated_at   timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX vectors_corpus_url ON vectors (corpus_name, source_url);
        CREATE INDEX vectors_corpus_version ON vectors (corpus_name, version);
        -- Bumped in the same transaction as every write to a corpus's vectors: search compares it
        -- per query (one primary-key lookup) to know whether its in-memory index is still current,
        -- and catches up by reading only what changed since its version.
        CREATE TABLE corpus_versions (
            corpus_name         text PRIMARY KEY,
            version             bigint NOT NULL,
            -- Tombstones below this version were pruned: an index older than it reloads in full.
            tombstones_from     bigint NOT NULL DEFAULT 0
        );
        -- Chunk ids removed from a corpus, by the version that removed them.
        CREATE TABLE vector_tombstones (
            corpus_name  text NOT NULL,
            version      bigint NOT NULL,
            chunk_id     text NOT NULL
        );
        CREATE INDEX vector_tombstones_corpus_version ON vector_tombstones (corpus_name, version);
        """
}
