import Dispatch
import Foundation
import Synchronization

/// A fixed set of PostgreSQL connections, each owned by its own thread, so libpq's blocking calls
/// never run on Swift's cooperative pool: async callers suspend until a connection's thread has done
/// the work. Broken connections are replaced on next use; while the server is down calls fail fast
/// with `.connectionFailed` and work again once it is back.
public final class PostgresPool: Sendable {
    private let core: PoolCore

    /// Starts `configuration.size` connection threads. Connections open lazily, on first use.
    public init(configuration: PostgresPoolConfiguration) {
        core = PoolCore(configuration: configuration)
        core.startThreads()
    }

    /// A pool of `size` connections to `url`.
    public convenience init(url: String, size: Int = 4) {
        self.init(configuration: PostgresPoolConfiguration(url: url, size: size))
    }

    deinit {
        core.close()
    }

    /// Runs `body` on a connection's thread with exclusive use of that connection.
    @discardableResult
    public func withConnection<T: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection) throws -> T
    ) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            core.submit(
                run: { connection in continuation.resume(with: Result { try body(connection) }) },
                fail: { error in continuation.resume(throwing: error) })
        }
    }

    /// Runs one parameterized statement.
    @discardableResult
    public func query(_ sql: String, _ params: [PostgresValue] = []) async throws -> PostgresRows {
        try await withConnection { connection in try connection.query(sql, params) }
    }

    /// Runs `body` in a transaction on one connection's thread: COMMIT when it returns, ROLLBACK when
    /// it throws. `body` is synchronous so that nothing else can use the connection meanwhile.
    @discardableResult
    public func withTransaction<T: Sendable>(
        isolation: PostgresIsolationLevel = .readCommitted,
        _ body: @escaping @Sendable (PostgresTransaction) throws -> T
    ) async throws -> T {
        try await withConnection { connection in try connection.withTransaction(isolation: isolation, body) }
    }

    /// Sends a notification (`SELECT pg_notify($1, $2)`).
    public func notify(channel: String, payload: String) async throws {
        try await query("SELECT pg_notify($1, $2)", [.text(channel), .text(payload)])
    }

    /// Closes the pool: waiting callers and later calls fail with `.poolClosed`; calls already
    /// running finish. Returns when every connection is closed.
    public func shutdown() async {
        await core.shutdown()
    }
}

/// The shared part the threads hold on to; `PostgresPool` owns it and closes it when released, so a
/// forgotten pool does not leak its threads.
final class PoolCore: Sendable {
    private let configuration: PostgresPoolConfiguration
    private let state: Mutex<PoolState>
    private let shutdownWaiters = Mutex<[CheckedContinuation<Void, Never>]>([])
    private let wakeUps: [DispatchSemaphore]

    init(configuration: PostgresPoolConfiguration) {
        self.configuration = configuration
        state = Mutex(PoolState(workerCount: configuration.size))
        wakeUps = (0..<configuration.size).map { _ in DispatchSemaphore(value: 0) }
    }

    func startThreads() {
        for index in 0..<configuration.size {
            let thread = Thread { [self] in runWorker(index) }
            thread.name = "postgres-pool-\(index)"
            thread.start()
        }
    }

    func submit(run: @escaping @Sendable (PostgresConnection) -> Void, fail: @escaping @Sendable (any Error) -> Void) {
        let (job, action) = state.withLock { state in
            let job = PoolJob(id: state.makeJobID(), run: run, fail: fail)
            return (job, state.submit(job))
        }
        switch action {
        case .wake(let worker):
            wakeUps[worker].signal()
        case .queued:
            let id = job.id
            DispatchQueue.global().asyncAfter(deadline: .now() + configuration.acquireTimeout.timeInterval) {
                [weak self] in self?.expire(jobID: id)
            }
        case .reject(let job):
            job.fail(PostgresError(code: .poolClosed, message: "the pool is shut down"))
        }
    }

    private func expire(jobID: UInt64) {
        guard let job = state.withLock({ $0.expire(jobID: jobID) }) else { return }
        job.fail(PostgresError(code: .timeout,
                               message: "no connection became free within \(configuration.acquireTimeout)"))
    }

    func close() {
        let result = state.withLock { $0.close() }
        for worker in result.workersToWake { wakeUps[worker].signal() }
        for job in result.jobsToFail {
            job.fail(PostgresError(code: .poolClosed, message: "the pool was shut down while the call waited"))
        }
    }

    func shutdown() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let allExited = state.withLock { state in
                // Registered under the pool lock, so the last worker's exit cannot slip in between.
                if state.liveWorkers > 0 { shutdownWaiters.withLock { $0.append(continuation) } }
                return state.liveWorkers == 0
            }
            close()
            if allExited { continuation.resume() }
        }
    }

    // MARK: - worker threads

    private func runWorker(_ index: Int) {
        var connection: PostgresConnection?
        while let job = nextJob(for: index) {
            execute(job, on: &connection)
        }
        connection = nil
        let last = state.withLock { $0.workerExited() }
        if last {
            for waiter in shutdownWaiters.withLock({ waiters in defer { waiters.removeAll() }; return waiters }) {
                waiter.resume()
            }
        }
    }

    private func nextJob(for index: Int) -> PoolJob? {
        while true {
            switch state.withLock({ $0.nextStep(for: index) }) {
            case .run(let job): return job
            case .exit: return nil
            case .wait: wakeUps[index].wait()
            }
        }
    }

    private func execute(_ job: PoolJob, on connection: inout PostgresConnection?) {
        if let existing = connection, !existing.isUsableAfterIdle() {
            connection = nil
        }
        let active: PostgresConnection
        if let existing = connection {
            active = existing
        } else {
            do {
                active = try PostgresConnection(url: configuration.url, connectTimeout: configuration.connectTimeout)
            } catch {
                job.fail(error)
                return
            }
            connection = active
        }
        job.run(active)
        // Leave the connection clean for the next caller, or drop it so the next one reconnects.
        if active.isConnected && active.transactionState != .idle { active.rollbackQuietly() }
        if !active.isConnected || active.transactionState != .idle { connection = nil }
    }
}

extension Duration {
    var timeInterval: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
