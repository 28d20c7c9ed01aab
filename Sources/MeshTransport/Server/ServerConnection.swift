import Logging
import MeshContracts
import MeshCore
import NIOCore
import Synchronization

/// One client connection: reads frames, runs each call as a child task, answers PING, honours
/// CANCEL and deadlines, and drains on request.
final class ServerConnection: Sendable {
    private let channel: NIOAsyncChannel<MeshV1.Frame, MeshV1.Frame>
    private let dispatcher: CallDispatcher
    private let configuration: MeshServerConfiguration
    private let logger: Logger
    private let peer: String
    /// Responses go out through the coalescing writer (one flush per event-loop turn), which also does
    /// not depend on the writing task: a call cancelled by its deadline still gets its final frame out.
    private let writer: FrameWriter
    private let state = Mutex(State())

    private struct State {
        var calls: [UInt64: OpenCall] = [:]
        var draining = false
    }

    private struct OpenCall {
        var cancellation: CallCancellation
        var deadlineTimer: Scheduled<Void>?
    }

    init(
        channel: NIOAsyncChannel<MeshV1.Frame, MeshV1.Frame>, dispatcher: CallDispatcher,
        configuration: MeshServerConfiguration, logger: Logger
    ) {
        self.channel = channel
        self.dispatcher = dispatcher
        self.configuration = configuration
        self.logger = logger
        self.peer = channel.channel.remoteAddress.map { "\($0)" } ?? "unknown"
        self.writer = FrameWriter(channel: channel.channel)
    }

    func run() async {
        do {
            try await channel.executeThenClose { inbound, _ in
                try await withThrowingDiscardingTaskGroup { group in
                    do {
                        for try await frame in inbound {
                            handle(frame, group: &group)
                        }
                    } catch let error as FrameError {
                        // A protocol violation ends the connection, never the server.
                        logger.notice("closing connection: \(error)", metadata: ["peer": "\(peer)"])
                        try? await channel.channel.writeAndFlush(MeshV1.Frame.goAway(error.status)).get()
                    }
                    // The peer is gone (or broke the protocol): nobody waits for the calls still running.
                    group.cancelAll()
                }
            }
        } catch {
            logger.debug("connection ended: \(error)", metadata: ["peer": "\(peer)"])
        }
        cancelAllCalls()
    }

    private func handle(_ frame: MeshV1.Frame, group: inout ThrowingDiscardingTaskGroup<any Error>) {
        switch frame.kind {
        case .request:
            let kind = dispatcher.kind(of: frame.method)
            if let refusal = admit(frame) {
                writer.write(Self.finalFrame(callID: frame.callID, kind: kind, error: refusal))
                return
            }
            group.addTask { await self.runCall(frame, kind: kind) }
        case .cancel:
            let call = state.withLock { $0.calls[frame.callID] }
            call?.cancellation.fire(.cancelledByPeer)
        case .ping:
            writer.write(MeshV1.Frame(callID: 0, kind: .pong, payload: frame.payload))
        default:
            // PONG, GOAWAY from a client and unknown kinds need no answer.
            break
        }
    }

    /// Registers the call, or says why it is refused.
    private func admit(_ frame: MeshV1.Frame) -> RPCError? {
        let cancellation = CallCancellation()
        let refusal: RPCError? = state.withLock { state in
            if state.draining {
                return RPCError(code: .unavailable, message: "the server is shutting down", reason: "draining")
            }
            if frame.callID == 0 || state.calls[frame.callID] != nil {
                return RPCError(code: .invalidArgument, message: "call id \(frame.callID) is 0 or already open", reason: "bad_call_id")
            }
            if state.calls.count >= configuration.maxConcurrentCallsPerConnection {
                return RPCError(
                    code: .resourceExhausted,
                    message: "more than \(configuration.maxConcurrentCallsPerConnection) calls open on this connection",
                    reason: "max_concurrent_calls")
            }
            state.calls[frame.callID] = OpenCall(cancellation: cancellation, deadlineTimer: nil)
            return nil
        }
        if refusal == nil, frame.timeoutMS > 0 {
            let timer = channel.channel.eventLoop.scheduleTask(in: .milliseconds(Int64(frame.timeoutMS))) {
                cancellation.fire(.deadlineExceeded)
            }
            state.withLock { $0.calls[frame.callID]?.deadlineTimer = timer }
        }
        return refusal
    }

    private func runCall(_ frame: MeshV1.Frame, kind: MethodDescriptor.Kind?) async {
        let callID = frame.callID
        guard let cancellation = state.withLock({ $0.calls[callID]?.cancellation }) else { return }
        let deadline = frame.timeoutMS > 0 ? ContinuousClock.now + .milliseconds(Int64(frame.timeoutMS)) : nil
        let call = CallDispatcher.IncomingCall(
            path: frame.method, payload: frame.payload, metadata: Metadata(frame.metadata), deadline: deadline,
            peer: peer, cancellation: cancellation)
        var final: MeshV1.Frame?
        do {
            if kind == .serverStreaming {
                let channel = self.channel.channel
                let writer = RawStreamWriter { payload in
                    if cancellation.firedReason != nil { throw CancellationError() }
                    // Waiting for each write to reach the socket is the stream's backpressure.
                    try await channel.writeAndFlush(MeshV1.Frame(callID: callID, kind: .streamMessage, payload: payload)).get()
                }
                let trailers = try await dispatcher.serverStreaming(call, writer: writer)
                final = MeshV1.Frame(callID: callID, kind: .streamEnd, metadata: trailers.entries, status: MeshV1.Status(code: .ok))
            } else {
                let response = try await dispatcher.unary(call)
                final = MeshV1.Frame(callID: callID, kind: .response, metadata: response.metadata.entries, payload: response.payload)
            }
        } catch {
            // After CANCEL the caller is not listening any more.
            if cancellation.firedReason != .cancelledByPeer {
                final = Self.finalFrame(callID: callID, kind: kind, error: error)
            }
        }
        if let final { writer.write(final) }
        finish(callID)
    }

    private static func finalFrame(callID: UInt64, kind: MethodDescriptor.Kind?, error: RPCError) -> MeshV1.Frame {
        MeshV1.Frame(callID: callID, kind: kind == .serverStreaming ? .streamEnd : .response, status: MeshV1.Status(error))
    }

    private func finish(_ callID: UInt64) {
        let (timer, closeNow) = state.withLock { state in
            let call = state.calls.removeValue(forKey: callID)
            return (call?.deadlineTimer, state.draining && state.calls.isEmpty)
        }
        timer?.cancel()
        if closeNow { channel.channel.close(promise: nil) }
    }

    private func cancelAllCalls() {
        let calls = state.withLock { state in
            defer { state.calls.removeAll() }
            return Array(state.calls.values)
        }
        for call in calls {
            call.deadlineTimer?.cancel()
            call.cancellation.fire(.cancelledByPeer)
        }
    }

    /// GOAWAY, then close once in-flight calls are done or `timeout` passes.
    func drain(timeout: Duration) {
        let idle = state.withLock { state in
            state.draining = true
            return state.calls.isEmpty
        }
        let channel = self.channel.channel
        let goAway = MeshV1.Frame.goAway(MeshV1.Status(code: .unavailable, message: "server shutting down", reason: "draining"))
        channel.writeAndFlush(goAway).whenComplete { _ in
            if idle { channel.close(promise: nil) }
        }
        channel.eventLoop.scheduleTask(in: .nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000)) {
            channel.close(promise: nil)
        }
    }
}
