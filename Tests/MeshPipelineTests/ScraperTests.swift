import MeshContracts
import MeshCore
import MeshPipeline
import Testing

@Suite("Scraper (fixture HTTP server)", .enabled(if: TestEnvironment.python != nil))
struct ScraperTests {
    static func fetcher(allow: String = "127.0.0.0/8", syncTimeout: Duration = .seconds(5), totalTimeout: Duration = .seconds(5))
        throws -> PageFetcher
    {
        try PageFetcher(settings: ScraperSettings(
            allowCIDRs: allow, connectTimeout: .seconds(2), totalTimeout: totalTimeout, syncTimeout: syncTimeout))
    }

    static func stageFailure(_ operation: () async throws -> Void) async -> StageFailure? {
        do {
            try await operation()
            return nil
        } catch let failure as StageFailure {
            return failure
        } catch {
            return StageFailure(code: "unexpected", message: "\(error)")
        }
    }

    @Test(.enabled(if: TestEnvironment.postgresURL != nil))
    func scrapeStageStoresCleanText() async throws {
        try await PythonServer.with("page_server.py") { server in
            try await TestDatabase.with { database in
                let documents = DocumentStore(pool: database.pool)
                let stage = ScrapeStage(fetcher: try Self.fetcher(), documents: documents, jobs: nil)
                let task = PipelineV1.StageTask(jobID: "scrape-ok", stage: .scraping, url: server.url("/article?words=400"), corpusName: "c")
                #expect(try await stage.process(task, logger: TestEnvironment.logger) == .completed(chunkCount: nil))
                let text = try #require(try await documents.content(jobID: "scrape-ok"))
                #expect(text.hasPrefix("Fixture Article"))
                #expect(text.contains("axolotl is a neotenic salamander"))
                for noise in ["NAVIGATION-NOISE", "FOOTER-NOISE", "var secret", "color: red", "<p>"] {
                    #expect(!text.contains(noise), "\(noise)")
                }
                #expect(text.contains("\n\n"), "paragraphs stay separated")

                for (path, code) in [("/status/403", "http_403"), ("/status/404", "http_404"), ("/status/503", "http_5xx")] {
                    let failure = await Self.stageFailure {
                        _ = try await stage.process(
                            PipelineV1.StageTask(jobID: "scrape-\(code)", stage: .scraping, url: server.url(path)),
                            logger: TestEnvironment.logger)
                    }
                    #expect(failure?.code == code)
                }
                #expect(try await documents.content(jobID: "scrape-http_403") == nil)
            }
        }
    }

    @Test func scrapeStageTimesOut() async throws {
        try await PythonServer.with("page_server.py") { server in
            guard TestEnvironment.postgresURL != nil else { return }
            try await TestDatabase.with { database in
                let stage = ScrapeStage(
                    fetcher: try Self.fetcher(totalTimeout: .seconds(1)), documents: DocumentStore(pool: database.pool), jobs: nil)
                let started = ContinuousClock.now
                let failure = await Self.stageFailure {
                    _ = try await stage.process(
                        PipelineV1.StageTask(jobID: "slow", stage: .scraping, url: server.url("/slow?ms=5000")),
                        logger: TestEnvironment.logger)
                }
                #expect(failure?.code == "timeout")
                #expect(ContinuousClock.now - started < .seconds(4))
            }
        }
    }

    @Test func scrapeRPC() async throws {
        try await PythonServer.with("page_server.py") { server in
            let service = ScraperServiceImpl(fetcher: try Self.fetcher(syncTimeout: .seconds(1)), logger: TestEnvironment.logger)
            let client = PipelineV1.ScraperClient(transport: InProcessTransport(services: [service]))

            let page = try await client.scrape(PipelineV1.ScrapeRequest(url: server.url("/article?words=100")))
            #expect(page.statusCode == 200)
            #expect(page.contentType == "text/html")
            #expect(page.content.contains("axolotl"))
            #expect(page.bytes > 0)
            #expect(page.errorCode.isEmpty)

            let plain = try await client.scrape(PipelineV1.ScrapeRequest(url: server.url("/text")))
            #expect(plain.content.hasPrefix("Plain text about quokkas."))

            let forbidden = try await client.scrape(PipelineV1.ScrapeRequest(url: server.url("/status/403")))
            #expect(forbidden.statusCode == 403)
            #expect(forbidden.errorCode == "http_403")
            #expect(forbidden.content.isEmpty)
            #expect(try await client.scrape(PipelineV1.ScrapeRequest(url: server.url("/status/404"))).errorCode == "http_404")

            let slow = await rpcError { _ = try await client.scrape(PipelineV1.ScrapeRequest(url: server.url("/slow?ms=4000"))) }
            #expect(slow?.code == .deadlineExceeded)
            #expect(slow?.reason == "timeout")
            #expect(slow?.message.contains("POST /jobs") == true)

            let invalid = await rpcError { _ = try await client.scrape(PipelineV1.ScrapeRequest(url: "file:///etc/passwd")) }
            #expect(invalid?.code == .invalidArgument)
            #expect(invalid?.reason == "invalid_url")

            let strict = ScraperServiceImpl(fetcher: try Self.fetcher(allow: ""), logger: TestEnvironment.logger)
            let strictClient = PipelineV1.ScraperClient(transport: InProcessTransport(services: [strict]))
            let blocked = await rpcError { _ = try await strictClient.scrape(PipelineV1.ScrapeRequest(url: server.url("/text"))) }
            #expect(blocked?.code == .invalidArgument)
            #expect(blocked?.reason == "blocked_address")
        }
    }
}
