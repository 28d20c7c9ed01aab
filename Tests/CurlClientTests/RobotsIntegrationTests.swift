import CurlClient
import Testing

@Suite("RobotsPolicy against the fixture server", .enabled(if: FixtureServer.available))
struct RobotsIntegrationTests {
    @Test func disallowedPathFailsAndRobotsIsFetchedOncePerTTL() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher()
            let clock = ManualClock()
            let robots = RobotsPolicy(
                fetcher: fetcher, userAgentToken: "MeshScraper", ttl: .seconds(60), now: { clock.now() })
            let denied = await TestSupport.fetchError {
                try await robots.fetchRespectingRobots(FetchRequest(url: server.url("/private/page")))
            }
            #expect(denied?.reason == "robots_disallowed")
            for _ in 0..<3 {
                let ok = try await robots.fetchRespectingRobots(FetchRequest(url: server.url("/ok")))
                #expect(ok.statusCode == 200)
            }
            #expect(try await robots.isAllowed(server.url("/private/other")) == false)
            #expect(try await server.robotsHits(using: fetcher) == 1)

            clock.advance(by: .seconds(61))
            #expect(try await robots.isAllowed(server.url("/ok")))
            #expect(try await server.robotsHits(using: fetcher) == 2, "expired entry is fetched again")
        }
    }

    @Test func concurrentCheckersShareOneDownload() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher()
            let robots = RobotsPolicy(fetcher: fetcher, userAgentToken: "MeshScraper")
            let results = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<10 {
                    group.addTask { try await robots.isAllowed(server.url("/page\(index)")) }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results == Array(repeating: true, count: 10))
            #expect(try await server.robotsHits(using: fetcher) == 1)
        }
    }

    @Test func missingRobotsAllowsEverything() async throws {
        try await FixtureServer.with(robots: .missing) { server in
            let robots = RobotsPolicy(fetcher: try TestSupport.loopbackFetcher(), userAgentToken: "MeshScraper")
            let response = try await robots.fetchRespectingRobots(FetchRequest(url: server.url("/private/page")))
            #expect(response.statusCode == 200)
        }
    }

    @Test func serverErrorOnRobotsDisallowsEverything() async throws {
        try await FixtureServer.with(robots: .error) { server in
            let robots = RobotsPolicy(fetcher: try TestSupport.loopbackFetcher(), userAgentToken: "MeshScraper")
            let error = await TestSupport.fetchError {
                try await robots.fetchRespectingRobots(FetchRequest(url: server.url("/ok")))
            }
            #expect(error?.reason == "robots_disallowed")
        }
    }

    @Test func unreachableRobotsDisallowsAndBlockedOriginStaysBlocked() async throws {
        let port = try TestSupport.closedPort()
        let robots = RobotsPolicy(fetcher: try TestSupport.loopbackFetcher(), userAgentToken: "MeshScraper")
        #expect(try await robots.isAllowed("http://127.0.0.1:\(port)/x") == false)

        let strict = RobotsPolicy(fetcher: try HTTPFetcher(), userAgentToken: "MeshScraper")
        let error = await TestSupport.fetchError {
            try await strict.fetchRespectingRobots(FetchRequest(url: "http://127.0.0.1:\(port)/x"))
        }
        #expect(error?.reason == "blocked_address")
    }
}
