import Foundation
import Synchronization

/// LISTENs on one channel with its own connection and thread, delivering notifications in the
/// order the server sent them. If the connection drops it reconnects (with backoff) and LISTENs
/// again; notifications sent while it was disconnected are lost, as PostgreSQL does not queue them.
/// `stop()` — or ending iteration over `notifications` — closes the connection and ends the stream.
public final class PostgresListener: Sendable {
    /// Notifications in arrival order; finishes after `stop()`.
    public let notifications: AsyncStream<PostgresNotification>
    private let core: ListenerCore

    private init(notifications: AsyncStream<PostgresNotification>, core: ListenerCore) {
        self.notifications = notifications
        self.core = core
    }

    deinit {
        core.stop()
    }

    /// Connects, LISTENs on `channel` (letters, digits, underscores) and returns once listening, so a
    /// NOTIFY sent after this returns is delivered. Throws if the first connection or LISTEN fails.
    public static func start(url: String, channel: String, connectTimeout: Duration = .seconds(5),
                             maxReconnectDelay: Duration = .seconds(2)) async throws -> PostgresListener {
        let (stream, continuation) = AsyncStream.makeStream(of: PostgresNotification.self, bufferingPolicy: .unbounded)
        let core = try ListenerCore(url: url, channel: channel, connectTimeout: connectTimeout,
                                    maxReconnectDelay: maxReconnectDelay, output: continuation)
        continuation.onTermination = { [weak core] _ in core?.stop() }
        try await withCheckedThrowingContinuation { (ready: CheckedContinuation<Void, any Error>) in
            core.start(ready: ready)
        }
        return PostgresListener(notifications: stream, core: core)
    }

    /// Stops listening: the thread wakes at once, closes the connection and finishes the stream.
    public func stop() {
        core.stop()
    }
}

/// The listener's thread and its wake-up pipe.
final class ListenerCore: Sendable {
    private struct State {
        var stopped = false
        /// The wake-up pipe; closed (nil) once the thread has exited.
        var wakePipe: (read: Int32, write: Int32)?
        var ready: CheckedContinuation<Void, any Error>?
    }

    private let url: String
    private let channel: String
    private let connectTimeout: Duration
    private let maxReconnectDelayMilliseconds: Int32
    private let output: AsyncStream<PostgresNotification>.Continuation
    private let state: Mutex<State>

    init(url: String, channel: String, connectTimeout: Duration, maxReconnectDelay: Duration,
         output: AsyncStream<PostgresNotification>.Continuation) throws {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else {
            throw PostgresError(code: .connectionFailed, message: "cannot create the listener's wake-up pipe")
        }
        // stop() must never block on a full pipe; one pending byte is enough to wake the thread.
        _ = fcntl(descriptors[1], F_SETFL, fcntl(descriptors[1], F_GETFL) | O_NONBLOCK)
        _ = fcntl(descriptors[0], F_SETFL, fcntl(descriptors[0], F_GETFL) | O_NONBLOCK)
        self.url = url
        self.channel = channel
        self.connectTimeout = connectTimeout
        self.maxReconnectDelayMilliseconds = Int32(min(60_000, max(10, maxReconnectDelay.timeInterval * 1000)))
        self.output = output
        self.state = Mutex(State(wakePipe: (descriptors[0], descriptors[1])))
    }

    func start(ready: CheckedContinuation<Void, any Error>) {
        state.withLock { $0.ready = ready }
        let thread = Thread { [self] in run() }
        thread.name = "postgres-listen"
        thread.start()
    }

    func stop() {
        state.withLock { state in
            state.stopped = true
            if let pipe = state.wakePipe {
                var byte: UInt8 = 1
                _ = write(pipe.write, &byte, 1)
            }
        }
    }

    private var isStopped: Bool { state.withLock { $0.stopped } }

    private func run() {
        let wakeDescriptor = state.withLock { $0.wakePipe?.read } ?? -1
        var connection: PostgresConnection?
        var delay: Int32 = 50
        while !isStopped {
            guard let active = connection else {
                do {
                    let fresh = try PostgresConnection(url: url, connectTimeout: connectTimeout)
                    try fresh.listen(channel: channel)
                    connection = fresh
                    delay = 50
                    resolveReady(with: nil)
                } catch {
                    // The first attempt reports to start(); later ones retry until stopped.
                    if resolveReady(with: error) { break }
                    sleepUnlessWoken(milliseconds: delay, wakeDescriptor: wakeDescriptor)
                    delay = min(delay * 2, maxReconnectDelayMilliseconds)
                }
                continue
            }
            switch active.waitForInput(timeoutMilliseconds: -1, wakeDescriptor: wakeDescriptor) {
            case .input:
                do {
                    for notification in try active.receiveNotifications() { output.yield(notification) }
                } catch {
                    connection = nil
                }
            case .woken:
                drain(wakeDescriptor)
            case .timedOut:
                continue
            case .failed:
                connection = nil
            }
        }
        connection = nil
        resolveReady(with: PostgresError(code: .connectionFailed, message: "listener stopped before it was listening"))
        state.withLock { state in
            state.stopped = true
            if let pipe = state.wakePipe {
                close(pipe.read)
                close(pipe.write)
                state.wakePipe = nil
            }
        }
        output.finish()
    }

    /// Resumes start() once. Returns true if this call reported an error to it.
    @discardableResult
    private func resolveReady(with error: (any Error)?) -> Bool {
        guard let ready = state.withLock({ state in defer { state.ready = nil }; return state.ready }) else {
            return false
        }
        if let error {
            ready.resume(throwing: error)
            return true
        }
        ready.resume()
        return false
    }

    private func sleepUnlessWoken(milliseconds: Int32, wakeDescriptor: Int32) {
        var descriptor = pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, milliseconds)
    }

    private func drain(_ descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(descriptor, &buffer, buffer.count) > 0 {}
    }
}
