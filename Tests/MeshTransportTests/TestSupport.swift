import Foundation
import MeshContracts
import MeshCore
import NIOCore
import NIOPosix
import Synchronization
import Testing

@testable import MeshTransport

/// Methods exercising call semantics, on raw bytes so each transport sees exactly the same thing.
struct ConformanceService: RPCService {
    static let service = "test.Conformance"
    static let echo = MethodDescriptor(service: service, method: "Echo", kind: .unary, isIdempotent: true)
    static let delayedEcho = MethodDescriptor(service: service, method: "DelayedEcho", kind: .unary, isIdempotent: true)
    static let hang = MethodDescriptor(service: service, method: "Hang", kind: .unary, isIdempotent: false)
    static let fail = MethodDescriptor(service: service, method: "Fail", kind: .unary, isIdempotent: false)
    static let crash = MethodDescriptor(service: service, method: "Crash", kind: .unary, isIdempotent: false)
    static let remaining = MethodDescriptor(service: service, method: "Remaining", kind: .unary, isIdempotent: true)
    static let forward = MethodDescriptor(service: service, method: "Forward", kind: .unary, isIdempotent: true)
    static let count = MethodDescriptor(service: service, method: "Count", kind: .serverStreaming, isIdempotent: true)
    static let unavailable = MethodDescriptor(service: service, method: "Unavailable", kind: .unary, isIdempotent: true)

    /// What the handlers observed, for assertions.
    final class Probe: Sendable {
        let cancelledHandlers = Atomic<Int>(0)
        let calls = Atomic<Int>(0)
        /// Milliseconds `Echo` sleeps before answering (a slow replica).
        let echoDelay = Atomic<Int>(0)
        let forwardTransport = Mutex<(any ClientTransport)?>(nil)
    }

    let probe: Probe

    init(probe: Probe = Probe()) { self.probe = probe }

    struct Secret: Error {}

    func registerMethods(with router: inout RPCRouter) {
        let probe = self.probe
        router.register(Self.echo, handler: .unary { request, context in
            probe.calls.wrappingAdd(1, ordering: .relaxed)
            context.responseMetadata.add("x-served-by", "conformance")
            let delay = probe.echoDelay.load(ordering: .relaxed)
            if delay > 0 { try await Task.sleep(for: .milliseconds(delay)) }
            return request + Array((context.metadata["x-tag"] ?? "").utf8)
        })
        // Sleeps (first byte × 10 ms), so later calls can finish first.
        router.register(Self.delayedEcho, handler: .unary { request, _ in
            try await Task.sleep(for: .milliseconds(10 * Int(request.first ?? 0)))
            return request
        })
        router.register(Self.hang, handler: .unary { _, _ in
            do {
                try await Task.sleep(for: .seconds(60))
            } catch {
                probe.cancelledHandlers.wrappingAdd(1, ordering: .relaxed)
                throw error
            }
            return []
        })
        router.register(Self.fail, handler: .unary { _, _ in
            throw RPCError(code: .notFound, message: "no such job", reason: "job_not_found")
        })
        router.register(Self.crash, handler: .unary { _, _ in throw Secret() })
        router.register(Self.remaining, handler: .unary { _, context in
            let remaining = context.remainingTime().map { Int($0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000) } ?? -1
            return Array(String(remaining).utf8)
        })
        router.register(Self.forward, handler: .unary { _, _ in
            guard let transport = probe.forwardTransport.withLock({ $0 }) else { throw RPCError(code: .internal, message: "no forward transport") }
            return try await transport.unary(RawRequest(payload: [], metadata: [:]), method: Self.remaining, options: CallOptions()).payload
        })
        router.register(Self.count, handler: .serverStreaming { request, _, writer in
            do {
                for index in 0..<Int(request.first ?? 0) {
                    try await writer.write([UInt8(index)])
                    try await Task.sleep(for: .milliseconds(Int(request.dropFirst().first ?? 1)))
                }
            } catch {
                probe.cancelledHandlers.wrappingAdd(1, ordering: .relaxed)
                throw error
            }
        })
        router.register(Self.unavailable, handler: .unary { _, _ in
            probe.calls.wrappingAdd(1, ordering: .relaxed)
            throw RPCError(code: .unavailable, message: "overloaded", reason: "overloaded")
        })
    }
}

enum TransportKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case inProcess, tcp
    var testDescription: String { rawValue }
}

/// Runs `body` with a client transport to a server of `services`, over `kind`.
func withTransport<T: Sendable>(
    _ kind: TransportKind, services: [any RPCService], serverInterceptors: [any ServerInterceptor] = [],
    clientConfiguration: MeshClientConfiguration = MeshClientConfiguration(),
    _ body: @Sendable (any ClientTransport) async throws -> T
) async throws -> T {
    switch kind {
    case .inProcess:
        return try await body(
            InProcessTransport(
                services: services, serverInterceptors: serverInterceptors,
                clientInterceptors: clientConfiguration.credential.map { [ServiceCredentialClientInterceptor(credential: $0)] } ?? []))
    case .tcp:
        return try await withServer(services: services, configuration: MeshServerConfiguration(interceptors: serverInterceptors)) { _, port in
            let client = MeshClient(endpoints: [Endpoint(host: "127.0.0.1", port: port)], configuration: clientConfiguration)
            defer { client.close() }
            return try await body(client)
        }
    }
}

/// Runs a server on a free port for the duration of `body`.
func withServer<T: Sendable>(
    services: [any RPCService], configuration: MeshServerConfiguration = MeshServerConfiguration(),
    _ body: @Sendable (MeshServer, Int) async throws -> T
) async throws -> T {
    // A fixed port may still be held for a moment by a server that just stopped.
    if configuration.port != 0 {
        for _ in 0..<50 where !portIsFree(configuration.port) { try await Task.sleep(for: .milliseconds(100)) }
    }
    let running = MeshServer(router: RPCRouter(services: services), configuration: configuration)
    return try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask {
            try await running.run()
            return nil
        }
        let server = running
        let port = try await server.boundPort
        let result = try await body(server, port)
        group.cancelAll()
        return result
    }
}

/// Whether 127.0.0.1:`port` can be bound right now (with SO_REUSEADDR, as the server binds).
func portIsFree(_ port: Int) -> Bool {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var yes: Int32 = 1
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    } == 0
}

func rpcCode(_ body: () async throws -> Void) async -> StatusCode? {
    do {
        try await body()
        return .ok
    } catch let error as RPCError {
        return error.code
    } catch {
        return nil
    }
}

func call(_ transport: any ClientTransport, _ method: MethodDescriptor, _ payload: [UInt8] = [], options: CallOptions = CallOptions())
    async throws -> [UInt8]
{
    try await transport.unary(RawRequest(payload: payload, metadata: options.metadata), method: method, options: options).payload
}

/// A TCP client speaking raw bytes, for sending what a well-behaved client never would.
struct RawSocket {
    let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>

    static func connect(port: Int) async throws -> RawSocket {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        return RawSocket(channel: channel)
    }

    static func frameBytes(_ frame: MeshV1.Frame) -> [UInt8] {
        let body = frame.serializedBytes()
        let length = UInt32(body.count)
        return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)] + body
    }

    /// Sends `bytes`, then reads frames until the server closes or `limit` frames arrived.
    func exchange(_ bytes: [UInt8], expectFrames limit: Int = 8, timeout: Duration = .seconds(5)) async throws -> (frames: [MeshV1.Frame], closed: Bool) {
        try await withThrowingTaskGroup(of: ([MeshV1.Frame], Bool)?.self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    try await outbound.write(ByteBuffer(bytes: bytes))
                    var buffer = ByteBuffer()
                    var frames: [MeshV1.Frame] = []
                    for try await chunk in inbound {
                        var chunk = chunk
                        buffer.writeBuffer(&chunk)
                        while let frame = try FrameDecoder.nextFrame(from: &buffer, maxFrameBytes: 1 << 24) { frames.append(frame) }
                        if frames.count >= limit { return (frames, false) }
                    }
                    return (frames, true)
                }
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let result = first else { throw RPCError(code: .deadlineExceeded, message: "raw exchange timed out") }
            return result
        }
    }
}
