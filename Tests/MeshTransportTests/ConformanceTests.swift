import MeshCore
import Synchronization
import Testing

@testable import MeshTransport

/// The same expectations over every transport (in-process and TCP), as grpc-swift-2 does with its
/// transport pairs.
@Suite("Call semantics over every transport")
struct ConformanceTests {
    @Test(arguments: TransportKind.allCases)
    func unaryCallsCarryPayloadAndMetadataBothWays(_ kind: TransportKind) async throws {
        try await withTransport(kind, services: [ConformanceService()]) { transport in
            let response = try await transport.unary(
                RawRequest(payload: [1, 2, 3], metadata: ["X-Tag": "!"]), method: ConformanceService.echo, options: CallOptions())
            #expect(response.payload == [1, 2, 3, UInt8(ascii: "!")])
            #expect(response.metadata["x-served-by"] == "conformance", "metadata comes back with the response")
        }
    }

    @Test(arguments: TransportKind.allCases)
    func multiplexedCallsCompleteOutOfOrder(_ kind: TransportKind) async throws {
        try await withTransport(kind, services: [ConformanceService()]) { transport in
            // Call i sleeps (20 - i) × 10 ms: the last started finishes first.
            let order = try await withThrowingTaskGroup(of: UInt8.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        let payload: [UInt8] = [UInt8(20 - index), UInt8(index)]
                        let response = try await call(transport, ConformanceService.delayedEcho, payload)
                        #expect(response == payload)
                        return UInt8(index)
                    }
                }
                var completed: [UInt8] = []
                for try await index in group { completed.append(index) }
                return completed
            }
            #expect(order.count == 20)
            #expect(order.first == 19, "the shortest call finished first: \(order)")
        }
    }

    @Test(arguments: TransportKind.allCases)
    func theDeadlineCancelsTheHandler(_ kind: TransportKind) async throws {
        let probe = ConformanceService.Probe()
        try await withTransport(kind, services: [ConformanceService(probe: probe)]) { transport in
            let clock = ContinuousClock()
            let start = clock.now
            let code = await rpcCode { _ = try await call(transport, ConformanceService.hang, options: CallOptions(timeout: .milliseconds(150))) }
            #expect(code == .deadlineExceeded)
            #expect(clock.now - start < .seconds(15), "the handler sleeps 60 s; the deadline ended the call")
            try await eventually { probe.cancelledHandlers.load(ordering: .relaxed) == 1 }
        }
    }

    @Test(arguments: TransportKind.allCases)
    func theDeadlinePropagatesAcrossTwoHops(_ kind: TransportKind) async throws {
        let probe = ConformanceService.Probe()
        try await withTransport(kind, services: [ConformanceService(probe: probe)]) { transport in
            probe.forwardTransport.withLock { $0 = transport }
            let response = try await call(transport, ConformanceService.forward, options: CallOptions(timeout: .seconds(20)))
            let remaining = Int(String(decoding: response, as: UTF8.self)) ?? -1
            #expect(remaining > 0 && remaining <= 20_000, "the second hop saw \(remaining) ms left")
        }
    }

    @Test(arguments: TransportKind.allCases)
    func cancellingTheCallerCancelsTheServerHandler(_ kind: TransportKind) async throws {
        let probe = ConformanceService.Probe()
        try await withTransport(kind, services: [ConformanceService(probe: probe)]) { transport in
            let task = Task { try await call(transport, ConformanceService.hang) }
            try await Task.sleep(for: .milliseconds(100))
            task.cancel()
            let code = await rpcCode { _ = try await task.value }
            #expect(code == .cancelled)
            try await eventually { probe.cancelledHandlers.load(ordering: .relaxed) == 1 }
        }
    }

    @Test(arguments: TransportKind.allCases)
    func serverStreamsArriveInOrderAndEndWithTheStatus(_ kind: TransportKind) async throws {
        try await withTransport(kind, services: [ConformanceService()]) { transport in
            let received = try await transport.serverStreaming(
                RawRequest(payload: [5, 1], metadata: [:]), method: ConformanceService.count, options: CallOptions()
            ) { stream in
                var messages: [[UInt8]] = []
                for try await message in stream { messages.append(message) }
                return messages
            }
            #expect(received == [[0], [1], [2], [3], [4]])
        }
    }

    @Test(arguments: TransportKind.allCases)
    func leavingAStreamEarlyCancelsTheServerHandler(_ kind: TransportKind) async throws {
        let probe = ConformanceService.Probe()
        try await withTransport(kind, services: [ConformanceService(probe: probe)]) { transport in
            let first = try await transport.serverStreaming(
                RawRequest(payload: [200, 20], metadata: [:]), method: ConformanceService.count, options: CallOptions()
            ) { stream in
                var iterator = stream.makeAsyncIterator()
                return try await iterator.next()
            }
            #expect(first == [0])
            try await eventually { probe.cancelledHandlers.load(ordering: .relaxed) == 1 }
        }
    }

    @Test(arguments: TransportKind.allCases)
    func unknownMethodsAreUnimplemented(_ kind: TransportKind) async throws {
        try await withTransport(kind, services: [ConformanceService()]) { transport in
            let missing = MethodDescriptor(service: ConformanceService.service, method: "Nope", kind: .unary, isIdempotent: false)
            #expect(await rpcCode { _ = try await call(transport, missing) } == .unimplemented)
        }
    }

    @Test(arguments: TransportKind.allCases)
    func errorsKeepTheirCodeAndReasonButNotInternals(_ kind: TransportKind) async throws {
        try await withTransport(kind, services: [ConformanceService()]) { transport in
            do {
                _ = try await call(transport, ConformanceService.fail)
                Issue.record("Fail succeeded")
            } catch let error as RPCError {
                #expect(error.code == .notFound)
                #expect(error.reason == "job_not_found")
            }
            do {
                _ = try await call(transport, ConformanceService.crash)
                Issue.record("Crash succeeded")
            } catch let error as RPCError {
                #expect(error.code == .internal)
                #expect(error.message == "internal error")
            }
        }
    }

    @Test(arguments: TransportKind.allCases)
    func serversWithCredentialsRefuseUnauthenticatedCalls(_ kind: TransportKind) async throws {
        let interceptors: [any ServerInterceptor] = [ServiceCredentialInterceptor(acceptedCredentials: ["s3cret"])]
        try await withTransport(kind, services: [ConformanceService()], serverInterceptors: interceptors) { transport in
            #expect(await rpcCode { _ = try await call(transport, ConformanceService.echo) } == .unauthenticated)
        }
        try await withTransport(
            kind, services: [ConformanceService()], serverInterceptors: interceptors,
            clientConfiguration: MeshClientConfiguration(credential: "s3cret")
        ) { transport in
            let response = try await call(transport, ConformanceService.echo, [7])
            #expect(response == [7])
        }
    }
}

/// Waits (bounded) until `condition` holds.
func eventually(timeout: Duration = .seconds(5), _ condition: () -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while !condition() {
        guard ContinuousClock.now < deadline else {
            Issue.record("condition not met within \(timeout)")
            return
        }
        try await Task.sleep(for: .milliseconds(10))
    }
}
