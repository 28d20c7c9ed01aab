import MeshJSON

/// Runs a server-streaming call and feeds its messages into an `EventQueue`.
///
/// The call must start before the HTTP status is chosen (an unknown job is a 404, not a 200 stream)
/// and keep running while the response body is written, which happens after the route handler
/// returned — so it cannot be a child task of either. It is a task owned by this object instead:
/// `stop()` (called when the body ends, normally or because the client went away) closes the queue
/// and cancels it, which cancels the RPC stream; `deinit` cancels it if the body never ran.
final class EventPump: Sendable {
    let queue: EventQueue
    private let task: Task<Void, Never>

    init(capacity: Int, stream: @escaping @Sendable (@escaping @Sendable (JSONValue) async throws -> Void) async throws -> Void) {
        let queue = EventQueue(capacity: capacity)
        self.queue = queue
        self.task = Task {
            do {
                try await stream { event in try await queue.push(event) }
                queue.finish(nil)
            } catch {
                queue.finish(error)
            }
        }
    }

    /// Stops the call (if still running) and waits until it has unwound.
    func stop() async {
        queue.close()
        task.cancel()
        await task.value
    }

    deinit { task.cancel() }
}
