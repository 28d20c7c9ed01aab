import MeshContracts
import MeshCore
import NIOCore
import NIOPosix
import Synchronization

/// One TCP connection to one server, shared by every call to it: calls are multiplexed by call id,
/// responses are routed back to their waiting callers, cancelled callers send CANCEL, and a
/// keepalive PING detects a dead peer. When the connection closes, every open call fails with
/// UNAVAILABLE.
public final class MeshConnection: Sendable {
    public let endpoint: String
    private let channel: any Channel
    private let state: Mutex<State>
    private let writer: FrameWriter

    private struct State {
        var nextCallID: UInt64 = 1
        var pending: [UInt64: Pending] = [:]
        var closedError: RPCError?
        var goingAway = false
    }

    private enum Pending {
        case unary(CheckedContinuation<MeshV1.Frame, any Error>, deadlineTimer: Scheduled<Void>?)
        case stream(AsyncThrowingStream<[UInt8], any Error>.Continuation, deadlineTimer: Scheduled<Void>?)

        var deadlineTimer: Scheduled<Void>? {
            switch self {
            case .unary(_, let timer), .stream(_, let timer): timer
            }
        }
    }

    private init(endpoint: String, channel: any Channel) {
        self.endpoint = endpoint
        self.channel = channel
        self.state = Mutex(State())
        self.writer = FrameWriter(channel: channel)
    }

    /// Opens a connection to `host:port`.
    public static func connect(
        host: String, port: Int, configuration: MeshConnectionConfiguration = MeshConnectionConfiguration(),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> MeshConnection {
        let endpoint = "\(host):\(port)"
        let box = ConnectionBox()
        do {
            let channel = try await ClientBootstrap(group: group)
                .connectTimeout(configuration.connectTimeout.timeAmount)
                .channelOption(.socketOption(.tcp_nodelay), value: 1)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(
                            ByteToMessageHandler(FrameDecoder(maxFrameBytes: configuration.maxFrameBytes)))
                        try channel.pipeline.syncOperations.addHandler(MessageToByteHandler(FrameEncoder()))
                        try channel.pipeline.syncOperations.addHandler(
                            ClientFrameHandler(box: box, keepaliveInterval: configuration.keepaliveInterval,
                                               keepaliveTimeout: configuration.keepaliveTimeout))
                    }
                }
                .connect(host: host, port: port).get()
            let connection = MeshConnection(endpoint: endpoint, channel: channel)
            // If the channel closed before the connection object existed, the handler kept the reason.
            let closedEarly = box.attach(connection)
            if !channel.isActive || closedEarly != nil {
                connection.closed(
                    closedEarly ?? RPCError(code: .unavailable, message: "connection to \(endpoint) closed", reason: "connection_closed"))
            }
            return connection
        } catch {
            throw RPCError(
                code: .unavailable, message: "cannot connect to \(endpoint): \(error)", reason: "connect_failed", cause: error)
        }
    }

    /// Open calls right now (for load balancing).
    public var outstandingCalls: Int { state.withLock { $0.pending.count } }

    /// False once the connection closed or the server sent GOAWAY: new calls need another connection.
    public var acceptsNewCalls: Bool { state.withLock { $0.closedError == nil && !$0.goingAway } }

    public func close() { channel.close(promise: nil) }

    // MARK: calls

    /// A unary call; throws the server's status as `RPCError`.
    public func unary(method: String, payload: [UInt8], metadata: Metadata, deadline: ContinuousClock.Instant?)
        async throws -> [UInt8]
    {
        try await unaryResponse(method: method, payload: payload, metadata: metadata, deadline: deadline).payload
    }

    /// A unary call with the server's response metadata.
    public func unaryResponse(method: String, payload: [UInt8], metadata: Metadata, deadline: ContinuousClock.Instant?)
        async throws -> RawResponse
    {
        let callID = try openCallID()
        let request = requestFrame(callID: callID, method: method, payload: payload, metadata: metadata, deadline: deadline)
        let response: MeshV1.Frame = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let timer = deadlineTimer(callID: callID, deadline: deadline)
                let error: RPCError? = state.withLock { state in
                    if let closed = state.closedError { return closed }
                    state.pending[callID] = .unary(continuation, deadlineTimer: timer)
                    return nil
                }
                if let error {
                    timer?.cancel()
                    continuation.resume(throwing: error)
                    return
                }
                writer.write(request)
            }
        } onCancel: {
            self.abandon(callID, with: RPCError(code: .cancelled, message: "the caller cancelled the call"))
        }
        if let status = response.status, status.code != .ok { throw status.rpcError }
        return RawResponse(payload: response.payload, metadata: Metadata(response.metadata))
    }

    /// A server-streaming call; `body` reads the stream. Leaving `body` early cancels the call.
    public func serverStreaming<Result: Sendable>(
        method: String, payload: [UInt8], metadata: Metadata, deadline: ContinuousClock.Instant?,
        body: (RawResponseStream) async throws -> Result
    ) async throws -> Result {
        let callID = try openCallID()
        let (messages, continuation) = AsyncThrowingStream<[UInt8], any Error>.makeStream()
        let timer = deadlineTimer(callID: callID, deadline: deadline)
        let error: RPCError? = state.withLock { state in
            if let closed = state.closedError { return closed }
            state.pending[callID] = .stream(continuation, deadlineTimer: timer)
            return nil
        }
        if let error {
            timer?.cancel()
            throw error
        }
        writer.write(requestFrame(callID: callID, method: method, payload: payload, metadata: metadata, deadline: deadline))
        defer { abandon(callID, with: RPCError(code: .cancelled, message: "the caller stopped reading the stream")) }
        return try await withTaskCancellationHandler {
            try await body(RawResponseStream(messages))
        } onCancel: {
            self.abandon(callID, with: RPCError(code: .cancelled, message: "the caller cancelled the call"))
        }
    }

    private func openCallID() throws(RPCError) -> UInt64 {
        try state.withLock { state throws(RPCError) in
            if let closed = state.closedError { throw closed }
            if state.goingAway {
                throw RPCError(code: .unavailable, message: "\(endpoint) is shutting down (GOAWAY)", reason: "goaway")
            }
            defer { state.nextCallID &+= 1 }
            return state.nextCallID
        }
    }

    private func requestFrame(callID: UInt64, method: String, payload: [UInt8], metadata: Metadata, deadline: ContinuousClock.Instant?)
        -> MeshV1.Frame
    {
        var timeoutMS: UInt32 = 0
        if let deadline {
            let remaining = ContinuousClock.now.duration(to: deadline)
            let milliseconds = remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000
            timeoutMS = UInt32(clamping: max(1, milliseconds))
        }
        return MeshV1.Frame(
            callID: callID, kind: .request, method: method, metadata: metadata.entries, timeoutMS: timeoutMS, payload: payload)
    }

    /// Fails the call locally when its deadline passes, in case the server never answers.
    private func deadlineTimer(callID: UInt64, deadline: ContinuousClock.Instant?) -> Scheduled<Void>? {
        guard let deadline else { return nil }
        // A little grace so the server's own DEADLINE_EXCEEDED usually arrives first.
        let delay = ContinuousClock.now.duration(to: deadline) + .milliseconds(20)
        return channel.eventLoop.scheduleTask(in: delay.timeAmount) {
            self.abandon(callID, with: RPCError(code: .deadlineExceeded, message: "no answer before the deadline", reason: "deadline"))
        }
    }

    /// Ends a call on our side (cancelled, deadline) and tells the server with CANCEL.
    private func abandon(_ callID: UInt64, with error: RPCError) {
        guard let pending = state.withLock({ $0.pending.removeValue(forKey: callID) }) else { return }
        pending.deadlineTimer?.cancel()
        switch pending {
        case .unary(let continuation, _): continuation.resume(throwing: error)
        case .stream(let continuation, _): continuation.finish(throwing: error)
        }
        writer.write(MeshV1.Frame(callID: callID, kind: .cancel))
    }

    // MARK: inbound (on the event loop)

    fileprivate func received(_ frame: MeshV1.Frame) {
        switch frame.kind {
        case .response:
            guard case .unary(let continuation, let timer)? = state.withLock({ $0.pending.removeValue(forKey: frame.callID) })
            else { return }
            timer?.cancel()
            continuation.resume(returning: frame)
        case .streamMessage:
            guard case .stream(let continuation, _)? = state.withLock({ $0.pending[frame.callID] }) else { return }
            continuation.yield(frame.payload)
        case .streamEnd:
            guard case .stream(let continuation, let timer)? = state.withLock({ $0.pending.removeValue(forKey: frame.callID) })
            else { return }
            timer?.cancel()
            if let status = frame.status, status.code != .ok {
                continuation.finish(throwing: status.rpcError)
            } else {
                continuation.finish()
            }
        case .ping:
            writer.write(MeshV1.Frame(callID: 0, kind: .pong, payload: frame.payload))
        case .goaway:
            let idle = state.withLock { state in
                state.goingAway = true
                return state.pending.isEmpty
            }
            if idle { channel.close(promise: nil) }
        default:
            break
        }
    }

    fileprivate func closed(_ error: RPCError) {
        let pending = state.withLock { state in
            if state.closedError == nil { state.closedError = error }
            defer { state.pending.removeAll() }
            return Array(state.pending.values)
        }
        for call in pending {
            call.deadlineTimer?.cancel()
            switch call {
            case .unary(let continuation, _): continuation.resume(throwing: error)
            case .stream(let continuation, _): continuation.finish(throwing: error)
            }
        }
    }
}

/// Hands the channel handler its connection once the connection object exists, and keeps the reason
/// the channel closed if that happened first.
final class ConnectionBox: Sendable {
    private let state = Mutex<(connection: MeshConnection?, closedEarly: RPCError?)>((nil, nil))

    /// Sets the connection; returns the close reason if the channel already closed.
    func attach(_ connection: MeshConnection) -> RPCError? {
        state.withLock { state in
            state.connection = connection
            return state.closedEarly
        }
    }

    var connection: MeshConnection? { state.withLock { $0.connection } }

    /// Tells the connection it closed, or remembers why until it is attached.
    func closed(_ reason: RPCError) {
        let connection: MeshConnection? = state.withLock { state in
            if state.connection == nil { state.closedEarly = reason }
            return state.connection
        }
        connection?.closed(reason)
    }
}

/// Receives frames on the event loop and runs the keepalive.
private final class ClientFrameHandler: ChannelInboundHandler {
    typealias InboundIn = MeshV1.Frame
    typealias OutboundOut = MeshV1.Frame

    private let box: ConnectionBox
    private let keepaliveInterval: Duration
    private let keepaliveTimeout: Duration
    private var lastReceived = NIODeadline.now()
    private var keepaliveTask: RepeatedTask?
    private var closeReason: RPCError?

    init(box: ConnectionBox, keepaliveInterval: Duration, keepaliveTimeout: Duration) {
        self.box = box
        self.keepaliveInterval = keepaliveInterval
        self.keepaliveTimeout = keepaliveTimeout
    }

    func channelActive(context: ChannelHandlerContext) {
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        keepaliveTask = context.eventLoop.scheduleRepeatedTask(
            initialDelay: keepaliveInterval.timeAmount, delay: keepaliveInterval.timeAmount
        ) { _ in
            let (handler, context) = loopBound.value
            handler.checkLiveness(context: context)
        }
        context.fireChannelActive()
    }

    private func checkLiveness(context: ChannelHandlerContext) {
        let silence = NIODeadline.now() - lastReceived
        if silence >= (keepaliveInterval + keepaliveTimeout).timeAmount {
            closeReason = RPCError(code: .unavailable, message: "the server stopped answering keepalive pings", reason: "keepalive_timeout")
            context.close(promise: nil)
        } else if silence >= keepaliveInterval.timeAmount {
            context.writeAndFlush(wrapOutboundOut(MeshV1.Frame(callID: 0, kind: .ping, payload: [1])), promise: nil)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        lastReceived = .now()
        let frame = unwrapInboundIn(data)
        box.connection?.received(frame)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        closeReason = RPCError(code: .unavailable, message: "connection error: \(error)", reason: "connection_error", cause: error)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        keepaliveTask?.cancel()
        let reason = closeReason ?? RPCError(code: .unavailable, message: "the connection closed", reason: "connection_closed")
        box.closed(reason)
        context.fireChannelInactive()
    }
}

/// Coalesces frames written by concurrent calls into one flush per event-loop turn.
final class FrameWriter: Sendable {
    private let channel: any Channel
    private let queue = Mutex<(frames: [MeshV1.Frame], scheduled: Bool)>(([], false))

    init(channel: any Channel) { self.channel = channel }

    func write(_ frame: MeshV1.Frame) {
        let schedule = queue.withLock { queue in
            queue.frames.append(frame)
            defer { queue.scheduled = true }
            return !queue.scheduled
        }
        guard schedule else { return }
        channel.eventLoop.execute {
            let frames = self.queue.withLock { queue in
                queue.scheduled = false
                defer { queue.frames.removeAll(keepingCapacity: true) }
                return queue.frames
            }
            for frame in frames { self.channel.write(frame, promise: nil) }
            self.channel.flush()
        }
    }
}
