import Logging
import MeshContracts
import MeshCore
import RedisCoordination
import ServiceLifecycle
import Synchronization

/// A queue consumer for one stage: takes tasks from the stage's `WorkQueue`, runs the handler,
/// reports the outcome with `CompleteStage`, and acks only after the report was accepted
/// (at-least-once: a worker that dies mid-task leaves it for re-delivery after the visibility timeout).
///
/// Dead-lettered tasks (delivered `max_deliveries` times without an ack) are reported as failed
/// with code `max_deliveries`. On graceful shutdown it stops taking tasks and finishes the ones in
/// hand; on cancellation the task in hand is abandoned un-acked (and re-delivered).
public struct StageWorker: Service {
    /// How a worker consumes.
    public struct Settings: Sendable {
        /// Consumer name prefix, unique per process (e.g. `host-pid`).
        public var consumerName: String
        /// Tasks processed at once (each with its own consumer name and Redis connection).
        public var concurrency: Int
        /// How long one read waits for new tasks; also how quickly a shutdown is noticed.
        public var pollBlock: Duration
        /// Metadata on `CompleteStage` calls (who is calling); the trace context is added per task.
        public var callMetadata: Metadata
        public var callTimeout: Duration

        public init(
            consumerName: String, concurrency: Int = 1, pollBlock: Duration = .seconds(1),
            callMetadata: Metadata = [MetadataKey.callerID: "pipeline-worker", MetadataKey.callerRole: "service"],
            callTimeout: Duration = .seconds(10)
        ) {
            self.consumerName = consumerName
            self.concurrency = max(1, concurrency)
            self.pollBlock = pollBlock
            self.callMetadata = callMetadata
            self.callTimeout = callTimeout
        }
    }

    /// The code of a job failed because its task was dead-lettered.
    public static let maxDeliveriesCode = "max_deliveries"

    let handler: any StageHandler
    let queue: WorkQueue
    let orchestrator: PipelineV1.OrchestratorClient
    let settings: Settings
    let logger: Logger

    public init(
        handler: any StageHandler, queue: WorkQueue, orchestrator: any ClientTransport, settings: Settings, logger: Logger
    ) {
        self.handler = handler
        self.queue = queue
        self.orchestrator = PipelineV1.OrchestratorClient(transport: orchestrator)
        self.settings = settings
        self.logger = logger
    }

    public func run() async throws {
        let stopping = StopFlag()
        try await withGracefulShutdownHandler {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<settings.concurrency {
                    let consumer = "\(settings.consumerName)-\(handler.stage)-\(index)"
                    group.addTask { await consumeLoop(consumer: consumer, stopping: stopping) }
                }
                try await group.waitForAll()
            }
        } onGracefulShutdown: {
            stopping.stop()
        }
    }

    private func consumeLoop(consumer: String, stopping: StopFlag) async {
        while !stopping.isStopped, !Task.isCancelled {
            let batch: ConsumeResult
            do {
                batch = try await queue.consume(consumer: consumer, count: 1, block: settings.pollBlock)
            } catch {
                logger.warning(
                    "queue read failed", metadata: ["queue.name": "\(queue.configuration.stream)", "error_code": "\(error.reason)"])
                try? await Task.sleep(for: .milliseconds(500))
                continue
            }
            for deadLetter in batch.deadLetters { await reportDeadLetter(deadLetter) }
            for task in batch.tasks { await handle(task) }
        }
    }

    /// Runs one task to completion (a graceful shutdown does not interrupt it).
    func handle(_ queued: QueueTask) async {
        guard let task = try? PipelineV1.StageTask(serializedBytes: queued.payload),
            PipelineStage(proto: task.stage) == handler.stage
        else {
            logger.error("dropping a malformed task", metadata: ["queue.name": "\(queue.configuration.stream)"])
            _ = try? await queue.ack(queued)
            return
        }
        var taskLogger = logger
        taskLogger[metadataKey: "job_id"] = "\(task.jobID)"
        taskLogger[metadataKey: "job.url"] = "\(task.url)"
        taskLogger[metadataKey: "job.stage"] = "\(handler.stage)"
        taskLogger[metadataKey: "queue.name"] = "\(queue.configuration.stream)"
        taskLogger[metadataKey: "request.mode"] = "async"
        taskLogger[metadataKey: "delivery"] = "\(queued.deliveryCount)"
        if !task.traceparent.isEmpty { taskLogger[metadataKey: "traceparent"] = "\(task.traceparent)" }

        var report = PipelineV1.CompleteStageRequest(jobID: task.jobID, stage: handler.stage.proto)
        do {
            switch try await handler.process(task, logger: taskLogger) {
            case .completed(let chunkCount):
                report.status = .success
                report.chunkCount = Int32(clamping: chunkCount ?? 0)
            case .skipped(let reason):
                taskLogger.info("task skipped", metadata: ["reason": "\(reason)"])
                _ = try? await queue.ack(queued)
                return
            }
        } catch let failure as StageFailure {
            report.status = .failed
            report.errorCode = failure.code
            report.errorMessage = failure.message
            taskLogger.warning(
                "stage failed", metadata: ["failed_stage": "\(handler.stage)", "error_code": "\(failure.code)"])
        } catch {
            taskLogger.warning("stage interrupted; the task will be re-delivered", metadata: ["error": "\(error)"])
            return
        }
        guard await complete(report, traceparent: task.traceparent, logger: taskLogger) else { return }
        do {
            try await queue.ack(queued)
        } catch {
            taskLogger.warning("ack failed; the task may be delivered again", metadata: ["error_code": "\(error.reason)"])
        }
    }

    private func reportDeadLetter(_ deadLetter: DeadLetter) async {
        guard let task = try? PipelineV1.StageTask(serializedBytes: deadLetter.payload) else {
            logger.error("a malformed task was dead-lettered", metadata: ["queue.name": "\(queue.configuration.stream)"])
            return
        }
        var taskLogger = logger
        taskLogger[metadataKey: "job_id"] = "\(task.jobID)"
        taskLogger.error(
            "task dead-lettered",
            metadata: ["failed_stage": "\(handler.stage)", "error_code": "\(Self.maxDeliveriesCode)",
                       "deliveries": "\(deadLetter.deliveryCount)"])
        let report = PipelineV1.CompleteStageRequest(
            jobID: task.jobID, stage: handler.stage.proto, status: .failed, errorCode: Self.maxDeliveriesCode,
            errorMessage: "the \(handler.stage) task was delivered \(deadLetter.deliveryCount) times without completing")
        _ = await complete(report, traceparent: task.traceparent, logger: taskLogger)
    }

    /// Sends the report, retrying briefly; true once the orchestrator has it (or the job is gone).
    private func complete(_ report: PipelineV1.CompleteStageRequest, traceparent: String, logger: Logger) async -> Bool {
        var metadata = settings.callMetadata
        if !traceparent.isEmpty { metadata.replace(MetadataKey.traceparent, with: traceparent) }
        let options = CallOptions(timeout: settings.callTimeout, metadata: metadata)
        for attempt in 1...3 {
            do {
                let response = try await orchestrator.completeStage(report, options: options)
                logger.debug("stage reported", metadata: ["result": "\(response.status)"])
                return true
            } catch let error as RPCError where error.code == .notFound {
                logger.warning("the job no longer exists; dropping the task")
                return true
            } catch {
                logger.warning("stage report failed", metadata: ["attempt": "\(attempt)", "error": "\(error)"])
                if attempt < 3 { try? await Task.sleep(for: .milliseconds(200 * attempt)) }
            }
        }
        return false
    }
}

/// Set once when a graceful shutdown begins.
final class StopFlag: Sendable {
    private let stopped = Atomic<Bool>(false)

    var isStopped: Bool { stopped.load(ordering: .acquiring) }

    func stop() { stopped.store(true, ordering: .releasing) }
}
