import Dispatch
import Synchronization

/// Work handed to a pool thread: one or more commands sent as a pipeline, and where their replies go.
struct RedisJob: Sendable {
    let commands: [[RedisArgument]]
    /// Set for blocking commands (`XREADGROUP … BLOCK`): the socket timeout for this job. Blocking
    /// jobs run alone, never batched with others, so they delay nobody but their own caller.
    let blockingTimeout: Duration?
    let complete: @Sendable (Result<[RedisReply], RedisError>) -> Void
}

/// The queue shared by the pool's threads: callers push jobs, idle threads pop them.
///
/// State lives in a `Mutex`; a counting semaphore wakes sleeping threads (one signal per job, plus
/// one per thread at shutdown). Spurious wake-ups just find the queue empty and sleep again.
final class RedisJobQueue: Sendable {
    private struct State {
        var jobs: [RedisJob] = []
        var head = 0
        var closed = false
        var liveThreads = 0
        var shutdownWaiters: [CheckedContinuation<Void, Never>] = []

        var isEmpty: Bool { head == jobs.count }

        mutating func popFirst() -> RedisJob? {
            guard head < jobs.count else { return nil }
            let job = jobs[head]
            head += 1
            if head == jobs.count || head > 1024 {
                jobs.removeFirst(head)
                head = 0
            }
            return job
        }
    }

    /// Most commands one thread writes in a single pipeline when callers queue up.
    static let maximumBatch = 128

    private let state = Mutex(State())
    private let wakeups = DispatchSemaphore(value: 0)

    /// Queues a job, or fails it at once with `.poolClosed` after shutdown.
    func submit(_ job: RedisJob) {
        let accepted = state.withLock { state -> Bool in
            guard !state.closed else { return false }
            state.jobs.append(job)
            return true
        }
        if accepted {
            wakeups.signal()
        } else {
            job.complete(.failure(RedisError(.poolClosed, "the Redis pool was shut down")))
        }
    }

    /// Blocks the calling (pool) thread until there is work. Returns the next job, followed by
    /// further queued non-blocking jobs to pipeline with it; nil once the pool is closed.
    func nextBatch() -> [RedisJob]? {
        while true {
            wakeups.wait()
            let batch = state.withLock { state -> [RedisJob]? in
                guard let first = state.popFirst() else { return state.closed ? nil : [] }
                var batch = [first]
                guard first.blockingTimeout == nil else { return batch }
                var commands = first.commands.count
                while commands < Self.maximumBatch, state.head < state.jobs.count,
                    state.jobs[state.head].blockingTimeout == nil,
                    let next = state.popFirst()
                {
                    batch.append(next)
                    commands += next.commands.count
                }
                return batch
            }
            guard let batch else { return nil }
            if !batch.isEmpty { return batch }
        }
    }

    func threadStarted() {
        state.withLock { $0.liveThreads += 1 }
    }

    /// Called by each thread as it exits; the last one releases `shutdown()` callers.
    func threadExited() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.liveThreads -= 1
            guard state.liveThreads == 0 else { return [] }
            defer { state.shutdownWaiters = [] }
            return state.shutdownWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Refuses new jobs, fails queued ones with `.poolClosed`, and wakes every thread so it exits
    /// after its current command.
    func close(threadCount: Int) {
        let dropped = state.withLock { state -> [RedisJob] in
            guard !state.closed else { return [] }
            state.closed = true
            let dropped = Array(state.jobs[state.head...])
            state.jobs = []
            state.head = 0
            return dropped
        }
        for job in dropped {
            job.complete(.failure(RedisError(.poolClosed, "the Redis pool was shut down")))
        }
        for _ in 0..<threadCount { wakeups.signal() }
    }

    /// Waits until every thread has exited.
    func waitForThreads() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = state.withLock { state -> Bool in
                if state.liveThreads == 0 { return true }
                state.shutdownWaiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }
}
