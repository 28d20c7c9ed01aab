import MeshJSON
import Synchronization

/// The hand-over between a service stream (one producer, with backpressure) and the HTTP writer (one
/// consumer), plus timer ticks for heartbeats. Ticks coalesce; events are never dropped.
final class EventQueue: Sendable {
    enum Item: Sendable {
        case event(JSONValue)
        /// A timer fired (heartbeat, or "stop waiting for the first event").
        case tick
        /// The stream ended normally.
        case end
        case failure(any Error)
    }

    fileprivate struct State {
        var events: [JSONValue] = []
        var tickPending = false
        /// nil while open; the final item once the producer finished.
        var ending: Item?
        /// The consumer went away: pushes fail from now on.
        var closed = false
        var consumer: CheckedContinuation<Item, Never>?
        var producer: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())
    private let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Hands over one event; waits while `capacity` events are unread. Throws `CancellationError`
    /// once the consumer closed the queue or the producing task is cancelled.
    func push(_ event: JSONValue) async throws {
        while true {
            let delivered: Bool = try state.withLock { state in
                if state.closed { throw CancellationError() }
                if let consumer = state.consumer {
                    state.consumer = nil
                    consumer.resume(returning: .event(event))
                    return true
                }
                if state.events.count < capacity {
                    state.events.append(event)
                    return true
                }
                return false
            }
            if delivered { return }
            try Task.checkCancellation()
            await withTaskCancellationHandler {
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    state.withLock { state in
                        if state.closed || state.events.count < capacity || Task.isCancelled {
                            continuation.resume()
                        } else {
                            state.producer = continuation
                        }
                    }
                }
            } onCancel: {
                state.withLock { $0.producer.take() }?.resume()
            }
        }
    }

    /// The producer is done: `error` nil for a normal end.
    func finish(_ error: (any Error)?) {
        let item: Item = error.map { .failure($0) } ?? .end
        let consumer = state.withLock { state -> CheckedContinuation<Item, Never>? in
            guard state.ending == nil else { return nil }
            state.ending = item
            guard state.events.isEmpty else { return nil }
            return state.consumer.take()
        }
        consumer?.resume(returning: item)
    }

    /// A timer fired; the consumer sees one `.tick` however many fired since it last looked.
    func tick() {
        let consumer = state.withLock { state -> CheckedContinuation<Item, Never>? in
            if let consumer = state.consumer.take() { return consumer }
            state.tickPending = true
            return nil
        }
        consumer?.resume(returning: .tick)
    }

    /// The consumer stops reading: a waiting or later push fails, so the producer unwinds.
    func close() {
        let producer = state.withLock { state -> CheckedContinuation<Void, Never>? in
            state.closed = true
            return state.producer.take()
        }
        producer?.resume()
    }

    /// The next item: buffered events first, then a pending tick, then the end. A cancelled consumer
    /// gets `.end`.
    func next() async -> Item {
        if let ready = state.withLock({ $0.takeReady() }) { return ready.item.resumingProducer(ready.producer) }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Item, Never>) in
                let ready = state.withLock { state -> (item: Item, producer: CheckedContinuation<Void, Never>?)? in
                    if let ready = state.takeReady() { return ready }
                    if Task.isCancelled { return (.end, nil) }
                    state.consumer = continuation
                    return nil
                }
                if let ready { continuation.resume(returning: ready.item.resumingProducer(ready.producer)) }
            }
        } onCancel: {
            state.withLock { $0.consumer.take() }?.resume(returning: .end)
        }
    }
}

extension EventQueue.State {
    /// What the consumer can have without waiting, and the producer to wake because space freed up.
    fileprivate mutating func takeReady() -> (item: EventQueue.Item, producer: CheckedContinuation<Void, Never>?)? {
        if !events.isEmpty {
            return (.event(events.removeFirst()), producer.take())
        }
        if tickPending {
            tickPending = false
            return (.tick, nil)
        }
        if let ending { return (ending, nil) }
        return nil
    }
}

extension EventQueue.Item {
    fileprivate func resumingProducer(_ producer: CheckedContinuation<Void, Never>?) -> Self {
        producer?.resume()
        return self
    }
}
