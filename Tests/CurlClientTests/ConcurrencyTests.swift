import CurlClient
import Testing

@Suite("Concurrency and cancellation", .enabled(if: FixtureServer.available))
struct ConcurrencyTests {
    @Test func twentyConcurrentFetchesComplete() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher()
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<20 {
                    group.addTask { try await fetcher.fetch(FetchRequest(url: server.url("/ok"))).statusCode }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 200, count: 20))
        }
    }

    @Test func slowFetchesOverlapInsteadOfQueueing() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher()
            let start = ContinuousClock.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<10 {
                    group.addTask {
                        let response = try await fetcher.fetch(FetchRequest(url: server.url("/slow?ms=300")))
                        #expect(response.text == "slow done")
                    }
                }
                try await group.waitForAll()
            }
            let elapsed = ContinuousClock.now - start
            #expect(elapsed < .milliseconds(1500), "10 x 300 ms took \(elapsed)")
            print("10 concurrent 300 ms fetches: \(elapsed)")
        }
    }

    @Test func aSlowTransferDoesNotHoldUpOthers() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { _ = try await fetcher.fetch(FetchRequest(url: server.url("/slow?ms=2000"))) }
                try await Task.sleep(for: .milliseconds(100))
                let start = ContinuousClock.now
                let quick = try await fetcher.fetch(FetchRequest(url: server.url("/ok")))
                #expect(quick.statusCode == 200)
                #expect(ContinuousClock.now - start < .milliseconds(500))
                group.cancelAll()
                try? await group.waitForAll()
            }
        }
    }

    @Test func cancellingTheTaskAbortsTheTransfer() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher { $0.totalTimeout = .seconds(30) }
            let task = Task { try await fetcher.fetch(FetchRequest(url: server.url("/slow?ms=20000"))) }
            try await Task.sleep(for: .milliseconds(200))
            let cancelledAt = ContinuousClock.now
            task.cancel()
            let result = await task.result
            let latency = ContinuousClock.now - cancelledAt
            #expect(throws: CancellationError.self) { try result.get() }
            #expect(latency < .milliseconds(500), "cancellation took \(latency)")
            // The fetcher is still usable afterwards.
            #expect(try await fetcher.fetch(FetchRequest(url: server.url("/ok"))).statusCode == 200)
        }
    }

    @Test func alreadyCancelledTaskNeverStartsTheTransfer() async throws {
        let fetcher = try TestSupport.loopbackFetcher()
        let port = try TestSupport.closedPort()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await fetcher.fetch(FetchRequest(url: "http://127.0.0.1:\(port)/"))
        }
        let result = await task.result
        #expect(throws: CancellationError.self) { try result.get() }
    }
}
