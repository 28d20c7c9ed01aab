import CoreMetrics
import Logging
import PostgresClient
import RedisCoordination
import ServiceLifecycle

/// Publishes the pipeline's state as gauges every `interval`, for the dashboards and alerts in
/// deploy/: `mesh_queue_depth{queue}`, `mesh_queue_dlq_depth{queue}`, `mesh_jobs{status}` and
/// `mesh_stuck_jobs` (non-terminal jobs not updated for `stuckAfter`). A `Service`; one per
/// deployment is enough (the orchestrator runs it).
public struct PipelineMetricsReporter: Service {
    public struct Settings: Sendable {
        public var interval: Duration
        public var stuckAfter: Duration

        public init(interval: Duration = .seconds(15), stuckAfter: Duration = .seconds(30 * 60)) {
            self.interval = interval
            self.stuckAfter = stuckAfter
        }
    }

    static let statuses = ["pending", "scraping", "chunking", "embedding", "done", "failed"]

    let postgres: PostgresPool
    let queues: StageQueues
    let settings: Settings
    let logger: Logger

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await report()
                try? await Task.sleep(for: settings.interval)
            }
        }
    }

    /// One round of measurements; a failing source is logged and skipped, never fatal.
    public func report() async {
        for stage in PipelineStage.allCases {
            let queue = queues.queue(for: stage)
            let name = "\(stage)"
            do {
                Gauge(label: "mesh_queue_depth", dimensions: [("queue", name)]).record(try await queue.depth())
                Gauge(label: "mesh_queue_dlq_depth", dimensions: [("queue", name)]).record(try await queue.deadLetterDepth())
            } catch {
                logger.warning("queue depth unavailable", metadata: ["queue.name": "\(name)", "error": "\(error)"])
            }
        }
        do {
            var counts = Dictionary(uniqueKeysWithValues: Self.statuses.map { ($0, 0) })
            for row in try await postgres.query("SELECT status, count(*)::int8 FROM jobs GROUP BY status") {
                counts[try row.decode(String.self, at: 0)] = try row.decode(Int.self, at: 1)
            }
            for (status, count) in counts { Gauge(label: "mesh_jobs", dimensions: [("status", status)]).record(count) }
            let minutes = Int(settings.stuckAfter.components.seconds / 60)
            let stuck = try await postgres.query(
                """
                SELECT count(*)::int8 FROM jobs
                WHERE status NOT IN ('done', 'failed') AND updated_at < now() - make_interval(mins => $1::int)
                """, [.int(minutes)])
            Gauge(label: "mesh_stuck_jobs").record(try stuck[0].decode(Int.self, at: 0))
        } catch {
            logger.warning("job counts unavailable", metadata: ["error": "\(error)"])
        }
    }
}

/// Times vector-store operations as `embedding_request_duration_seconds{operation="read"|"write"}`.
enum EmbeddingStoreTiming {
    static func measure<T>(_ operation: String, _ body: () async throws -> T) async rethrows -> T {
        let start = ContinuousClock.now
        defer {
            let elapsed = ContinuousClock.now - start
            Timer(label: "embedding_request_duration_seconds", dimensions: [("operation", operation)])
                .recordNanoseconds(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
        }
        return try await body()
    }
}
