/// A unit of work for a pool thread. Exactly one of `run` or `fail` is called, exactly once.
struct PoolJob: Sendable {
    let id: UInt64
    /// Runs on the worker's thread with its connection.
    let run: @Sendable (PostgresConnection) -> Void
    /// Called instead of `run` when no connection can serve the job.
    let fail: @Sendable (any Error) -> Void
}

/// The pool's bookkeeping: which workers are idle, which jobs wait. Transitions are mutating
/// methods that return what the caller must do outside the lock (signal a worker, fail a job).
struct PoolState {
    enum SubmitAction {
        /// Hand-off done: wake this worker.
        case wake(worker: Int)
        /// All workers busy: the job waits; arm its acquire timeout.
        case queued
        /// The pool is closed: fail the job.
        case reject(PoolJob)
    }

    enum WorkerStep {
        case run(PoolJob)
        /// Nothing to do: the worker is now idle and must wait for its wake-up.
        case wait
        case exit
    }

    struct CloseResult {
        var jobsToFail: [PoolJob] = []
        var workersToWake: [Int] = []
    }

    private(set) var isClosed = false
    private var idleWorkers: [Int] = []
    private var handOff: [PoolJob?]
    private var pending: [PoolJob] = []
    private(set) var liveWorkers: Int
    private var nextJobID: UInt64 = 0

    init(workerCount: Int) {
        handOff = Array(repeating: nil, count: workerCount)
        liveWorkers = workerCount
    }

    var pendingCount: Int { pending.count }

    mutating func makeJobID() -> UInt64 {
        nextJobID &+= 1
        return nextJobID
    }

    mutating func submit(_ job: PoolJob) -> SubmitAction {
        if isClosed { return .reject(job) }
        if let worker = idleWorkers.popLast() {
            handOff[worker] = job
            return .wake(worker: worker)
        }
        pending.append(job)
        return .queued
    }

    /// Called by worker `worker` whenever it is free.
    mutating func nextStep(for worker: Int) -> WorkerStep {
        if let job = handOff[worker] {
            handOff[worker] = nil
            return .run(job)
        }
        if !pending.isEmpty { return .run(pending.removeFirst()) }
        if isClosed { return .exit }
        idleWorkers.append(worker)
        return .wait
    }

    /// The acquire timeout of job `id` fired: remove it if it is still waiting.
    mutating func expire(jobID id: UInt64) -> PoolJob? {
        guard let index = pending.firstIndex(where: { $0.id == id }) else { return nil }
        return pending.remove(at: index)
    }

    mutating func close() -> CloseResult {
        guard !isClosed else { return CloseResult() }
        isClosed = true
        defer {
            pending.removeAll()
            idleWorkers.removeAll()
        }
        return CloseResult(jobsToFail: pending, workersToWake: idleWorkers)
    }

    /// Returns true when this was the last worker.
    mutating func workerExited() -> Bool {
        liveWorkers -= 1
        return liveWorkers == 0
    }
}
