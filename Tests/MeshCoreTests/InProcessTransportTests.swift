import MeshCore
import Testing

/// A raw-bytes service for exercising call semantics without generated code.
private struct ProbeService: RPCService {
    static let echo = MethodDescriptor(service: "test.Probe", method: "Echo", kind: .unary, isIdempotent: true)
    static let slow = MethodDescriptor(service: "test.Probe", method: "Slow", kind: .unary, isIdempotent: false)
    static let fail = MethodDescriptor(service: "test.Probe", method: "Fail", kind: .unary, isIdempotent: false)
    static let crash = MethodDescriptor(service: "test.Probe", method: "Crash", kind: .unary, isIdempotent: false)
    static let count = MethodDescriptor(service: "test.Probe", method: "Count", kind: .serverStreaming, isIdempotent: true)
    static let deadline = MethodDescriptor(service: "test.Probe", method: "Deadline", kind: .unary, isIdempotent: true)
    static let forward = MethodDescriptor(service: "test.Probe", method: "Forward", kind: .unary, isIdempotent: true)

    struct Secret: Error {}

    func registerMethods(with router: inout RPCRouter) {
        router.register(Self.echo, handler: .unary { request, context in
            request + Array((context.metadata["x-tag"] ?? "").utf8)
        })
        router.register(Self.slow, handler: .unary { _, _ in
            try await Task.sleep(for: .seconds(30))
            return []
        })
        router.register(Self.fail, handler: .unary { _, _ in
            throw RPCError(code: .notFound, message: "no such job", reason: "job_not_found")
        })
        router.register(Self.crash, handler: .unary { _, _ in throw Secret() })
        router.register(Self.count, handler: .serverStreaming { request, _, writer in
            for index in 0..<Int(request.first ?? 0) {
                try await writer.write([UInt8(index)])
                try await Task.sleep(for: .milliseconds(5))
            }
        })
        router.register(Self.deadline, handler: .unary { _, context in
            let remaining = context.remainingTime() ?? .zero
            return Array(String(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000).utf8)
        })
        // Calls Deadline while handling a call: the inner call must inherit our deadline.
        router.register(Self.forward, handler: .unary { _, _ in
            let transport = InProcessTransport(services: [ProbeService()])
            return try await transport.unary(RawRequest(payload: [], metadata: [:]), method: Self.deadline, options: CallOptions()).payload
        })
    }
}

@Suite("In-process transport semantics")
struct InProcessTransportTests {
    let transport = InProcessTransport(services: [ProbeService()])

    private func call(_ method: MethodDescriptor, _ payload: [UInt8] = [], options: CallOptions = CallOptions()) async throws -> [UInt8] {
        try await transport.unary(RawRequest(payload: payload, metadata: options.metadata), method: method, options: options).payload
    }

    @Test func deliversPayloadAndMetadata() async throws {
        let response = try await call(ProbeService.echo, [1, 2], options: CallOptions(metadata: ["X-Tag": "!"]))
        #expect(response == [1, 2, UInt8(ascii: "!")])
    }

    @Test func unknownMethodIsUnimplemented() async throws {
        let missing = MethodDescriptor(service: "test.Probe", method: "Nope", kind: .unary, isIdempotent: false)
        let error = await #expect(throws: RPCError.self) { try await call(missing) }
        #expect(error?.code == .unimplemented)
    }

    @Test func handlerErrorsKeepCodeAndReason() async throws {
        let error = await #expect(throws: RPCError.self) { try await call(ProbeService.fail) }
        #expect(error?.code == .notFound)
        #expect(error?.reason == "job_not_found")
    }

    @Test func unknownErrorsBecomeInternalWithoutLeakingText() async throws {
        let error = await #expect(throws: RPCError.self) { try await call(ProbeService.crash) }
        #expect(error?.code == .internal)
        #expect(error?.message == "internal error")
        #expect(error?.cause is ProbeService.Secret)
    }

    @Test func theDeadlineCancelsTheHandler() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let error = await #expect(throws: RPCError.self) {
            try await call(ProbeService.slow, options: CallOptions(timeout: .milliseconds(100)))
        }
        #expect(error?.code == .deadlineExceeded)
        #expect(clock.now - started < .seconds(15), "the handler sleeps 30 s; the deadline ended the call")
    }

    @Test func callsMadeWhileHandlingInheritTheDeadline() async throws {
        let response = try await call(ProbeService.forward, options: CallOptions(timeout: .seconds(20)))
        let remainingMilliseconds = Int(String(decoding: response, as: UTF8.self)) ?? -1
        #expect(remainingMilliseconds > 0 && remainingMilliseconds <= 20_000)
    }

    @Test func cancellingTheCallerCancelsTheHandler() async throws {
        let task = Task { try await call(ProbeService.slow) }
        try await Task.sleep(for: .milliseconds(50))
        task.cancel()
        let error = await #expect(throws: RPCError.self) { try await task.value }
        #expect(error?.code == .cancelled)
    }

    @Test func serverStreamingDeliversMessagesInOrder() async throws {
        let received = try await transport.serverStreaming(
            RawRequest(payload: [4], metadata: [:]), method: ProbeService.count, options: CallOptions()
        ) { stream in
            var messages: [[UInt8]] = []
            for try await message in stream { messages.append(message) }
            return messages
        }
        #expect(received == [[0], [1], [2], [3]])
    }

    @Test func leavingAStreamEarlyEndsTheCall() async throws {
        let first = try await transport.serverStreaming(
            RawRequest(payload: [200], metadata: [:]), method: ProbeService.count, options: CallOptions()
        ) { stream in
            var iterator = stream.makeAsyncIterator()
            return try await iterator.next()
        }
        #expect(first == [0])
    }
}

@Suite("Status codes and metadata")
struct StatusAndMetadataTests {
    @Test func statusCodesHaveCanonicalNames() {
        #expect(StatusCode.ok.name == "OK")
        #expect(StatusCode.unauthenticated.rawValue == 16)
        #expect(StatusCode(rawValue: 42).name == "CODE_42")
    }

    @Test func metadataKeysAreCaseInsensitiveAndMayRepeat() {
        var metadata: Metadata = ["Authorization": "Bearer a"]
        metadata.add("X-Multi", "1")
        metadata.add("x-multi", "2")
        #expect(metadata["authorization"] == "Bearer a")
        #expect(metadata.values(for: "X-MULTI") == ["1", "2"])
        metadata.replace("x-multi", with: "3")
        #expect(metadata.values(for: "x-multi") == ["3"])
    }

    @Test func callerIdentityComesFromMetadata() {
        #expect(CallerIdentity(metadata: ["x-caller-id": "u1", "x-caller-role": "user"]) == CallerIdentity(callerID: "u1", role: "user"))
        #expect(CallerIdentity(metadata: [:]) == nil)
    }
}
