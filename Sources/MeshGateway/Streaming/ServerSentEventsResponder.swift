import HTTPTypes
import Hummingbird
import MeshJSON
import NIOCore

/// Writes a server stream as `text/event-stream`: `event: job` / `data: <json>` per message, a `: ping`
/// comment every heartbeat interval, and the end when the service's stream ends (after a terminal
/// state). An error before the first event becomes a normal error response; after it, an
/// `event: error` with the envelope, then the end.
struct ServerSentEventsResponder: Sendable {
    let configuration: ServerSentEventsConfiguration
    /// The event name of every message (the route's single message type).
    let eventName: String

    enum Start {
        case failed(any Error)
        case stream(Response)
    }

    func start(
        headers: HTTPFields,
        stream: @escaping @Sendable (@escaping @Sendable (JSONValue) async throws -> Void) async throws -> Void,
        errorBody: @escaping @Sendable (any Error) -> JSONValue
    ) async -> Start {
        let pump = EventPump(capacity: configuration.bufferedEvents, stream: stream)
        let wait = configuration.firstEventWait
        let first = await withTaskGroup(of: Void.self) { group in
            group.addTask {
                // Stop waiting for a first event after `wait`: a quiet stream still gets its 200.
                if (try? await Task.sleep(for: wait)) != nil { pump.queue.tick() }
            }
            let item = await pump.queue.next()
            group.cancelAll()
            return item
        }
        if case .failure(let error) = first {
            await pump.stop()
            return .failed(error)
        }
        var headers = headers
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        if let buffering = HTTPField.Name("X-Accel-Buffering") { headers[buffering] = "no" }
        let heartbeat = configuration.heartbeatInterval
        let eventName = eventName
        let body = ResponseBody { writer in
            do {
                try await Self.write(first, eventName: eventName, errorBody: errorBody, to: &writer)
                if !first.isFinal {
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask {
                            while true {
                                try await Task.sleep(for: heartbeat)
                                pump.queue.tick()
                            }
                        }
                        defer { group.cancelAll() }
                        while true {
                            let item = await pump.queue.next()
                            try await Self.write(item, eventName: eventName, errorBody: errorBody, to: &writer)
                            if item.isFinal { break }
                        }
                    }
                }
                await pump.stop()
                try await writer.finish(nil)
            } catch {
                // The client went away (a write failed): stop the service stream, then unwind.
                await pump.stop()
                throw error
            }
        }
        return .stream(Response(status: .ok, headers: headers, body: body))
    }

    private static func write(
        _ item: EventQueue.Item, eventName: String, errorBody: (any Error) -> JSONValue,
        to writer: inout any ResponseBodyWriter
    ) async throws {
        let text: String
        switch item {
        case .event(let value): text = "event: \(eventName)\ndata: \(JSONWriter.string(value))\n\n"
        case .tick: text = ": ping\n\n"
        case .end: return
        case .failure(let error): text = "event: error\ndata: \(JSONWriter.string(errorBody(error)))\n\n"
        }
        try await writer.write(ByteBuffer(string: text))
    }
}

extension EventQueue.Item {
    fileprivate var isFinal: Bool {
        switch self {
        case .end, .failure: true
        case .event, .tick: false
        }
    }
}
