import CurlClient
import Foundation
import Testing

@Suite("HTTPFetcher against the fixture server", .enabled(if: FixtureServer.available))
struct FetcherIntegrationTests {
    @Test func okReturnsBodyContentTypeAndCharset() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher()
            let response = try await fetcher.fetch(FetchRequest(url: server.url("/ok")))
            #expect(response.statusCode == 200)
            #expect(response.text.contains("Hello fixture"))
            #expect(response.contentType == "text/html")
            #expect(response.charset == "utf-8")
            #expect(response.headers["content-length"] == "\(response.body.count)")
            #expect(response.reason == nil)
            #expect(response.finalURL == server.url("/ok"))
            #expect(response.elapsed > .zero)
        }
    }

    @Test func httpErrorStatusesAreResponsesWithReasons() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher()
            let expected = ["/forbidden": "http_403", "/missing": "http_404", "/gone": "http_410", "/error": "http_5xx",
                "/unavailable": "http_5xx"]
            for (path, reason) in expected {
                let response = try await fetcher.fetch(FetchRequest(url: server.url(path)))
                #expect(response.reason == reason, "\(path)")
                #expect(throws: FetchError.self) { try response.checked() }
                #expect(response.error?.host == "127.0.0.1")
            }
        }
    }

    @Test func slowResponseTimesOutWithinTheTotalTimeout() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher()
            let start = ContinuousClock.now
            let error = await TestSupport.fetchError {
                try await fetcher.fetch(FetchRequest(url: server.url("/slow?ms=10000"), totalTimeout: .milliseconds(500)))
            }
            let elapsed = ContinuousClock.now - start
            #expect(error?.reason == "timeout")
            #expect(elapsed >= .milliseconds(450))
            #expect(elapsed < .milliseconds(1500), "took \(elapsed)")
        }
    }

    @Test func hugeBodyIsCutOffWhileStreamingWithBoundedMemory() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher()
            let rssBefore = try #require(TestSupport.memory("VmRSS"))
            let peakBefore = try #require(TestSupport.memory("VmHWM"))
            let start = ContinuousClock.now
            let error = await TestSupport.fetchError {
                try await fetcher.fetch(FetchRequest(url: server.url("/huge"), maxResponseBytes: 1024 * 1024))
            }
            let elapsed = ContinuousClock.now - start
            let rssGrowth = try #require(TestSupport.memory("VmRSS")) - rssBefore
            let peakGrowth = try #require(TestSupport.memory("VmHWM")) - peakBefore
            #expect(error?.reason == "too_large")
            #expect(elapsed < .seconds(3), "took \(elapsed)")
            #expect(rssGrowth < 20 * 1024 * 1024, "RSS grew by \(rssGrowth) bytes")
            #expect(peakGrowth < 20 * 1024 * 1024, "peak RSS grew by \(peakGrowth) bytes")
            print("huge: \(error?.reason ?? "no error") after \(elapsed), RSS growth \(rssGrowth / 1024) KiB, peak growth \(peakGrowth / 1024) KiB")
        }
    }

    @Test func declaredLengthOverLimitIsRefusedUpFront() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher()
            let error = await TestSupport.fetchError {
                try await fetcher.fetch(FetchRequest(url: server.url("/huge?length=1"), maxResponseBytes: 1024 * 1024))
            }
            #expect(error?.reason == "too_large")
        }
    }

    @Test func redirects() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher()
            let loop = await TestSupport.fetchError {
                try await fetcher.fetch(FetchRequest(url: server.url("/redirect-loop"), maxRedirects: 3))
            }
            #expect(loop?.reason == "too_many_redirects")
            let once = try await fetcher.fetch(FetchRequest(url: server.url("/redirect-once")))
            #expect(once.statusCode == 200)
            #expect(once.finalURL == server.url("/ok"))
            #expect(once.text.contains("Hello fixture"))
            let refused = await TestSupport.fetchError {
                try await fetcher.fetch(FetchRequest(url: server.url("/redirect-once"), maxRedirects: 0))
            }
            #expect(refused?.reason == "too_many_redirects")
            let toFTP = await TestSupport.fetchError { try await fetcher.fetch(FetchRequest(url: server.url("/redirect-ftp"))) }
            #expect(toFTP?.reason == "invalid_url")
        }
    }

    @Test func gzipBodyIsDecoded() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher()
            let response = try await fetcher.fetch(FetchRequest(url: server.url("/gzip")))
            #expect(response.headers["content-encoding"] == "gzip")
            #expect(response.text == String(repeating: "gzip fixture line\n", count: 200))
        }
    }

    @Test func declaredCharsetsAreHonoured() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher()
            let latin1 = try await fetcher.fetch(FetchRequest(url: server.url("/latin1")))
            #expect(latin1.charset == "iso-8859-1")
            #expect(latin1.text == "Ærøskøbing café naïve")
            let cp1252 = try await fetcher.fetch(FetchRequest(url: server.url("/cp1252")))
            #expect(cp1252.charset == "windows-1252")
            #expect(cp1252.text == "\u{201C}quoted\u{201D} €5")
        }
    }

    @Test func postsJSONAndSendsHeadersAndUserAgent() async throws {
        try await FixtureServer.with { server in
            let fetcher = try TestSupport.loopbackFetcher { $0.userAgent = "MeshScraper/9.9" }
            let payload = Array(#"{"input":["a","b"],"model":"m"}"#.utf8)
            let echoed = try await fetcher.fetch(.postJSON(url: server.url("/json"), body: payload))
            #expect(echoed.statusCode == 200)
            #expect(echoed.body == payload)
            #expect(echoed.headers["x-received-content-type"] == "application/json")
            let headers = try await fetcher.fetch(
                FetchRequest(url: server.url("/echo-headers"), headers: [(name: "X-Trace", value: "t-1")]))
            let decoded = try JSONDecoder().decode([String: String].self, from: Data(headers.body))
            #expect(decoded["user-agent"] == "MeshScraper/9.9")
            #expect(decoded["x-trace"] == "t-1")
            #expect(decoded["accept-encoding"]?.contains("gzip") == true)
        }
    }

    @Test func invalidURLsFailWithoutNetwork() async throws {
        let fetcher = try TestSupport.loopbackFetcher()
        for url in ["ftp://127.0.0.1/file", "file:///etc/passwd", "not a url", "127.0.0.1/ok", "gopher://127.0.0.1/"] {
            let error = await TestSupport.fetchError { try await fetcher.fetch(FetchRequest(url: url)) }
            #expect(error?.reason == "invalid_url", "\(url)")
        }
    }

    @Test func headerInjectionIsRefused() async throws {
        let fetcher = try TestSupport.loopbackFetcher()
        let error = await TestSupport.fetchError {
            try await fetcher.fetch(
                FetchRequest(url: "http://127.0.0.1:1/", headers: [(name: "X-A", value: "1\r\nX-Injected: 2")]))
        }
        #expect(error?.reason == "invalid_request")
    }

    @Test func errorMessagesNameTheHostButNotQueryOrCredentials() async throws {
        let port = try TestSupport.closedPort()
        let fetcher = try TestSupport.loopbackFetcher()
        let error = await TestSupport.fetchError {
            try await fetcher.fetch(FetchRequest(url: "http://user:s3cret@127.0.0.1:\(port)/p?token=abc123"))
        }
        let text = try #require(error).description
        #expect(text.contains("127.0.0.1"))
        #expect(!text.contains("s3cret") && !text.contains("abc123") && !text.contains("token"))
    }
}

@Suite("Integration prerequisites")
struct IntegrationPrerequisiteTests {
    /// CI sets MESH_REQUIRE_INTEGRATION=1 so a missing python3 fails loudly instead of skipping.
    @Test func fixtureServerIsAvailableWhenRequired() {
        if ProcessInfo.processInfo.environment["MESH_REQUIRE_INTEGRATION"] == "1" {
            #expect(FixtureServer.available, "python3 or the fixture script is missing: \(FixtureServer.scriptPath)")
        }
    }
}
