import MeshContracts
import MeshCore
import MeshTestSupport
import NIOCore
import NIOPosix
import Synchronization
import Testing

@testable import MeshTransport

@Suite("TCP transport: the wire protocol and connection management")
struct TCPTransportTests {
    private func request(_ callID: UInt64, _ method: MethodDescriptor, _ payload: [UInt8] = [], timeoutMS: UInt32 = 0) -> MeshV1.Frame {
        MeshV1.Frame(callID: callID, kind: .request, method: method.path, timeoutMS: timeoutMS, payload: payload)
    }

    @Test func sixtyFourBitCallIDsAndPingAreAnswered() async throws {
        try await withServer(services: [ConformanceService()]) { _, port in
            let socket = try await RawSocket.connect(port: port)
            let bytes = RawSocket.frameBytes(request(UInt64.max - 1, ConformanceService.echo, [9]))
                + RawSocket.frameBytes(MeshV1.Frame(callID: 0, kind: .ping, payload: [4, 2]))
            let (frames, _) = try await socket.exchange(bytes, expectFrames: 2)
            #expect(frames.contains { $0.kind == .response && $0.callID == UInt64.max - 1 && $0.payload == [9] })
            #expect(frames.contains { $0.kind == .pong && $0.payload == [4, 2] })
        }
    }

    @Test func anOversizedLengthGetsGoAwayAndTheServerKeepsServing() async throws {
        try await withServer(services: [ConformanceService()], configuration: MeshServerConfiguration(maxFrameBytes: 1024)) { _, port in
            let socket = try await RawSocket.connect(port: port)
            // Claims 1 GiB; the server must refuse without waiting for (or allocating) the body.
            let (frames, closed) = try await socket.exchange([0x40, 0, 0, 0, 1, 2, 3])
            #expect(frames.first?.kind == .goaway)
            #expect(frames.first?.status?.code == .resourceExhausted)
            #expect(closed)
            let other = try await RawSocket.connect(port: port)
            let (answers, _) = try await other.exchange(RawSocket.frameBytes(request(1, ConformanceService.echo, [1])), expectFrames: 1)
            #expect(answers.first?.payload == [1])
        }
    }

    @Test func garbageAndEmptyFramesEndOnlyThatConnection() async throws {
        try await withServer(services: [ConformanceService()]) { _, port in
            let garbage = try await RawSocket.connect(port: port)
            let (frames, closed) = try await garbage.exchange([0, 0, 0, 4, 0xFF, 0xFF, 0xFF, 0xFF])
            #expect(frames.first?.kind == .goaway && frames.first?.status?.code == .invalidArgument)
            #expect(closed)
            let empty = try await RawSocket.connect(port: port)
            let (emptyFrames, emptyClosed) = try await empty.exchange([0, 0, 0, 0])
            #expect(emptyFrames.first?.status?.code == .resourceExhausted && emptyClosed)
            let healthy = try await RawSocket.connect(port: port)
            let (answers, _) = try await healthy.exchange(RawSocket.frameBytes(request(7, ConformanceService.echo, [2])), expectFrames: 1)
            #expect(answers.first?.callID == 7)
        }
    }

    @Test func callsBeyondTheConcurrencyLimitAreRefused() async throws {
        let configuration = MeshServerConfiguration(maxConcurrentCallsPerConnection: 2)
        try await withServer(services: [ConformanceService()], configuration: configuration) { _, port in
            let socket = try await RawSocket.connect(port: port)
            let bytes = (1...3).flatMap { RawSocket.frameBytes(request(UInt64($0), ConformanceService.hang, timeoutMS: 300)) }
            let (frames, _) = try await socket.exchange(bytes, expectFrames: 3)
            #expect(frames.first { $0.callID == 3 }?.status?.code == .resourceExhausted)
            #expect(frames.filter { $0.status?.code == .deadlineExceeded }.count == 2)
        }
    }

    @Test func drainFinishesCallsInFlightAndRefusesNewOnes() async throws {
        try await withServer(services: [ConformanceService()]) { server, port in
            let connection = try await MeshConnection.connect(host: "127.0.0.1", port: port)
            let slow = Task { try await connection.unary(method: ConformanceService.delayedEcho.path, payload: [30], metadata: [:], deadline: nil) }
            try await Task.sleep(for: .milliseconds(50))
            server.drain()
            #expect(try await slow.value == [30], "the call in flight finished")
            try await eventually { !connection.acceptsNewCalls }
            let code = await rpcCode {
                _ = try await connection.unary(method: ConformanceService.echo.path, payload: [], metadata: [:], deadline: nil)
            }
            #expect(code == .unavailable)
        }
    }

    @Test func theClientReconnectsAfterTheServerRestarts() async throws {
        let port = try await withServer(services: [ConformanceService()]) { _, port in port }
        var configuration = MeshClientConfiguration()
        configuration.reconnectBackoff = Backoff(initial: .milliseconds(20), multiplier: 1, maximum: .milliseconds(20))
        let client = MeshClient(endpoints: [Endpoint(host: "127.0.0.1", port: port)], configuration: configuration)
        defer { client.close() }
        // Server down: a clear UNAVAILABLE.
        let downCode = await rpcCode { _ = try await call(client, ConformanceService.echo) }
        #expect(downCode == .unavailable)
        try await withServer(services: [ConformanceService()], configuration: MeshServerConfiguration(port: port)) { _, _ in
            try await Task.sleep(for: .milliseconds(50))
            #expect(try await call(client, ConformanceService.echo, [1]) == [1])
        }
        try await withServer(services: [ConformanceService()], configuration: MeshServerConfiguration(port: port)) { _, _ in
            try await Task.sleep(for: .milliseconds(50))
            #expect(try await call(client, ConformanceService.echo, [2]) == [2], "after a restart, a new connection")
        }
    }

    @Test func keepaliveDetectsAPeerThatStoppedAnswering() async throws {
        // A server that accepts and then never says anything.
        let silent = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        defer { silent.close(promise: nil) }
        let port = try #require(silent.localAddress?.port)
        let configuration = MeshConnectionConfiguration(keepaliveInterval: .milliseconds(100), keepaliveTimeout: .milliseconds(100))
        let connection = try await MeshConnection.connect(host: "127.0.0.1", port: port, configuration: configuration)
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try await connection.unary(method: ConformanceService.echo.path, payload: [], metadata: [:], deadline: nil)
            Issue.record("a silent server answered")
        } catch let error as RPCError {
            #expect(error.code == .unavailable)
            #expect(error.reason == "keepalive_timeout")
        }
        #expect(clock.now - start < .seconds(3))
    }

    @Test func powerOfTwoChoicesPrefersTheLessLoadedEndpoint() async throws {
        let slow = ConformanceService.Probe()
        slow.echoDelay.store(60, ordering: .relaxed)
        let fast = ConformanceService.Probe()
        try await withServer(services: [ConformanceService(probe: slow)]) { _, slowPort in
            try await withServer(services: [ConformanceService(probe: fast)]) { _, fastPort in
                let client = MeshClient(endpoints: [
                    Endpoint(host: "127.0.0.1", port: slowPort), Endpoint(host: "127.0.0.1", port: fastPort),
                ])
                defer { client.close() }
                // 16 callers, 160 calls: calls pile up on the slow replica, so P2C sends new ones to the other.
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<16 {
                        group.addTask { for _ in 0..<10 { _ = try await call(client, ConformanceService.echo) } }
                    }
                    try await group.waitForAll()
                }
                let toSlow = slow.calls.load(ordering: .relaxed)
                let toFast = fast.calls.load(ordering: .relaxed)
                #expect(toSlow + toFast == 160)
                // Round robin would give each 80.
                #expect(toFast > 3 * toSlow, "fast \(toFast), slow \(toSlow)")
            }
        }
    }

    @Test func retriesAreBoundedByTheBudgetAndOnlyForIdempotentMethods() async throws {
        let probe = ConformanceService.Probe()
        try await withServer(services: [ConformanceService(probe: probe)]) { _, port in
            var configuration = MeshClientConfiguration()
            configuration.retry = RetryPolicy(maxAttempts: 3, backoff: Backoff(initial: .milliseconds(1), multiplier: 1, maximum: .milliseconds(1)))
            configuration.retryBudget = RetryBudget.Configuration(ratio: 0, minRetriesPerSecond: 1, window: .seconds(10), buckets: 10)
            configuration.breaker = CircuitBreaker.Configuration(failureThreshold: 1000)
            let client = MeshClient(endpoints: [Endpoint(host: "127.0.0.1", port: port)], configuration: configuration)
            defer { client.close() }
            for _ in 0..<5 {
                #expect(await rpcCode { _ = try await call(client, ConformanceService.unavailable) } == .unavailable)
            }
            // 5 requests; the budget's floor (1 retry/s × 10 s window) allows at most 10 retries in all,
            // and each request retries at most twice: 5 + min(10, 10) attempts at most, at least 5.
            let attempts = probe.calls.load(ordering: .relaxed)
            #expect(attempts >= 5 && attempts <= 15)
            // A budget of zero stops retries entirely.
            let noBudget = ConformanceService.Probe()
            var strictConfiguration = configuration
            strictConfiguration.retryBudget = RetryBudget.Configuration(ratio: 0, minRetriesPerSecond: 0, window: .seconds(10), buckets: 10)
            let frozen = strictConfiguration
            try await withServer(services: [ConformanceService(probe: noBudget)]) { _, port in
                let strict = MeshClient(endpoints: [Endpoint(host: "127.0.0.1", port: port)], configuration: frozen)
                defer { strict.close() }
                for _ in 0..<5 { _ = await rpcCode { _ = try await call(strict, ConformanceService.unavailable) } }
                #expect(noBudget.calls.load(ordering: .relaxed) == 5)
            }
        }
    }

    @Test func theBreakerOpensAfterConsecutiveFailuresAndFailsFast() async throws {
        let probe = ConformanceService.Probe()
        try await withServer(services: [ConformanceService(probe: probe)]) { _, port in
            var configuration = MeshClientConfiguration()
            configuration.retry = RetryPolicy(maxAttempts: 1)
            configuration.breaker = CircuitBreaker.Configuration(failureThreshold: 3, coolDown: .milliseconds(300))
            let client = MeshClient(endpoints: [Endpoint(host: "127.0.0.1", port: port)], configuration: configuration)
            defer { client.close() }
            for _ in 0..<3 { _ = await rpcCode { _ = try await call(client, ConformanceService.unavailable) } }
            #expect(probe.calls.load(ordering: .relaxed) == 3)
            #expect(client.breakerStates.values.first == .open)
            // Open: refused without reaching the server.
            #expect(await rpcCode { _ = try await call(client, ConformanceService.echo) } == .unavailable)
            #expect(probe.calls.load(ordering: .relaxed) == 3)
            // After the cool-down one probe goes through; its success closes the breaker.
            try await Task.sleep(for: .milliseconds(400))
            #expect(try await call(client, ConformanceService.echo, [1]) == [1])
            #expect(client.breakerStates.values.first == .closed)
        }
    }
}

@Suite("Frame decoder under hostile input")
struct FrameDecoderFuzzTests {
    @Test(arguments: [0, 1, 127, 128, 300, 4096, 70_000])
    func encodedFramesDecodeBackExactly(_ payloadSize: Int) throws {
        let frame = MeshV1.Frame(
            callID: UInt64.max, kind: .response, method: "/a.B/C", metadata: [.init(key: "k", value: "v")],
            timeoutMS: 5, payload: (0..<payloadSize).map { UInt8(truncatingIfNeeded: $0 &* 7) },
            status: MeshV1.Status(code: .notFound, message: "m", reason: "r"))
        var buffer = ByteBuffer()
        try FrameEncoder().encode(data: frame, out: &buffer)
        let length = try #require(buffer.getInteger(at: 0, as: UInt32.self))
        #expect(Int(length) == buffer.readableBytes - 4)
        // The body with the payload appended last is still a valid Frame for any protobuf decoder.
        let body = try #require(buffer.getBytes(at: 4, length: Int(length)))
        #expect(try MeshV1.Frame(serializedBytes: body) == frame)
        #expect(try FrameDecoder.nextFrame(from: &buffer, maxFrameBytes: 1 << 20) == frame)
        #expect(buffer.readableBytes == 0)
    }

    @Test func aMillionRandomInputsNeverCrashOrOverAllocate() async throws {
        // CPU-bound for seconds: on a thread of its own, not one of the cooperative pool's two.
        let (decoded, rejected, grew) = try await offPool { try Self.fuzz() }
        #expect(decoded > 0 && rejected > 0)
        #expect(grew == 0, "the decoder read past what arrived")
    }

    private static func fuzz() throws -> (decoded: Int, rejected: Int, grew: Int) {
        var random = SplitMix64(seed: 0x5EED)
        let limit = 4096
        var decoded = 0
        var rejected = 0
        var grew = 0
        for round in 0..<1_000_000 {
            var buffer = ByteBuffer()
            switch round % 4 {
            case 0:  // random bytes
                let count = Int(random.next() % 48)
                for _ in 0..<count { buffer.writeInteger(UInt8(truncatingIfNeeded: random.next())) }
            case 1:  // a valid frame, truncated at a random point
                let frame = RawSocket.frameBytes(MeshV1.Frame(callID: random.next(), kind: .request, method: "/a.B/C", payload: [1, 2, 3]))
                buffer.writeBytes(frame.prefix(Int(random.next() % UInt64(frame.count + 1))))
            case 2:  // a huge or zero length with a little body
                buffer.writeInteger(UInt32(truncatingIfNeeded: random.next()) | (round % 8 == 2 ? 0 : 0x1000_0000))
                buffer.writeBytes([1, 2, 3])
            default:  // a plausible length over random bytes
                let length = Int(random.next() % 40) + 1
                buffer.writeInteger(UInt32(length))
                for _ in 0..<length { buffer.writeInteger(UInt8(truncatingIfNeeded: random.next())) }
            }
            let before = buffer.readableBytes
            do {
                while let _ = try FrameDecoder.nextFrame(from: &buffer, maxFrameBytes: limit) { decoded += 1 }
                // Nothing read beyond what arrived: the buffer only ever shrinks.
                if buffer.readableBytes > before { grew += 1 }
            } catch {
                rejected += 1
            }
        }
        return (decoded, rejected, grew)
    }
}
