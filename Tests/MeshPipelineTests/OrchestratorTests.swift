import Foundation
import MeshContracts
import MeshCore
import MeshPipeline
import PostgresClient
import RedisCoordination
import Testing

@Suite("Orchestrator (PostgreSQL + Redis)", .enabled(if: TestEnvironment.integration))
struct OrchestratorTests {
    @Test func submissionWithTheSameJobIDIsIdempotent() async throws {
        try await PipelineHarness.with { harness in
            let jobID = TestEnvironment.unique("job")
            let first = try await harness.submit(url: "https://example.com/a", corpus: "docs", jobID: jobID, caller: "alice")
            #expect(first.created)
            #expect(first.job?.jobID == jobID)
            #expect(first.job?.status == .pending)
            #expect(first.job?.callerID == "alice")
            let again = try await harness.submit(url: "https://example.com/a", corpus: "docs", jobID: jobID, caller: "alice")
            #expect(!again.created)
            #expect(again.job?.jobID == jobID)
            #expect(again.job?.createdAt == first.job?.createdAt)
            #expect(try await harness.queues.scrape.depth() == 1)

            let conflict = await rpcError {
                _ = try await harness.submit(url: "https://example.com/other", corpus: "docs", jobID: jobID, caller: "alice")
            }
            #expect(conflict?.code == .alreadyExists)
            #expect(conflict?.reason == "job_id_conflict")
            let otherCaller = await rpcError {
                _ = try await harness.submit(url: "https://example.com/a", corpus: "docs", jobID: jobID, caller: "bob")
            }
            #expect(otherCaller?.code == .alreadyExists)
            #expect(try await harness.queues.scrape.depth() == 1)
        }
    }

    @Test func stageTasksCarryTheJobAndItsTraceparent() async throws {
        try await PipelineHarness.with { harness in
            let traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
            let submitted = try await harness.client.submitJob(
                PipelineV1.SubmitJobRequest(url: "https://example.com/t", corpusName: "docs"),
                options: TestEnvironment.options(caller: "alice", metadata: [MetadataKey.traceparent: traceparent]))
            let jobID = try #require(submitted.job?.jobID)
            let scrape = try await harness.queues.scrape.consume(consumer: "probe", count: 1, block: .zero)
            let task = try PipelineV1.StageTask(serializedBytes: try #require(scrape.tasks.first).payload)
            #expect(task == PipelineV1.StageTask(
                jobID: jobID, stage: .scraping, url: "https://example.com/t", corpusName: "docs", traceparent: traceparent,
                attempt: 1))
            _ = try await harness.complete(jobID, .scraping)
            let chunk = try await harness.queues.chunk.consume(consumer: "probe", count: 1, block: .zero)
            let next = try PipelineV1.StageTask(serializedBytes: try #require(chunk.tasks.first).payload)
            #expect(next.stage == .chunking)
            #expect(next.traceparent == traceparent)
        }
    }

    @Test func invalidSubmissionsAreRefusedWithAReason() async throws {
        try await PipelineHarness.with { harness in
            let cases: [(String, String, String, String)] = [
                ("", "docs", "", "missing_url"),
                ("ftp://example.com/x", "docs", "", "invalid_url"),
                ("not a url", "docs", "", "invalid_url"),
                ("https://example.com", "", "", "missing_corpus_name"),
                ("https://example.com", "has space", "", "invalid_corpus_name"),
                ("https://example.com", String(repeating: "c", count: 65), "", "invalid_corpus_name"),
                ("https://example.com", "docs", "bad/id", "invalid_job_id"),
            ]
            for (url, corpus, jobID, reason) in cases {
                let error = await rpcError {
                    _ = try await harness.submit(url: url, corpus: corpus, jobID: jobID, caller: "alice")
                }
                #expect(error?.code == .invalidArgument, "\(reason)")
                #expect(error?.reason == reason)
            }
            let anonymous = await rpcError {
                _ = try await harness.client.submitJob(PipelineV1.SubmitJobRequest(url: "https://example.com", corpusName: "docs"))
            }
            #expect(anonymous?.code == .unauthenticated)
            let depth = try await harness.queues.scrape.depth()
            #expect(depth == 0)
        }
    }

    @Test func tenConcurrentCallbacksMakeExactlyOneTransition() async throws {
        try await PipelineHarness.with { harness in
            let job = try #require(try await harness.submit(url: "https://example.com/c", corpus: "docs", caller: "alice").job)
            // Another transaction holds the row while the ten callbacks arrive, so they all overlap:
            // without the row lock each would read `pending` and advance the job.
            let results = try await withThrowingTaskGroup(of: PipelineV1.CompletionResult?.self) { group in
                group.addTask {
                    try await harness.database.pool.withTransaction { transaction in
                        try transaction.query("SELECT 1 FROM jobs WHERE job_id = $1 FOR UPDATE", [.text(job.jobID)])
                        Thread.sleep(forTimeInterval: 0.4)
                    }
                    return nil
                }
                try await Task.sleep(for: .milliseconds(100))
                for _ in 0..<10 {
                    group.addTask { try await harness.complete(job.jobID, .scraping).status }
                }
                var results: [PipelineV1.CompletionResult] = []
                for try await result in group { if let result { results.append(result) } }
                return results
            }
            #expect(results.filter { $0 == .advanced }.count == 1)
            #expect(results.filter { $0 == .alreadyAdvanced }.count == 9)
            #expect(try await harness.job(job.jobID)?.status == .chunking)
            #expect(try await harness.queues.chunk.depth() == 1)
        }
    }

    @Test func callbacksDriveTheJobToDoneAndRecordFailures() async throws {
        try await PipelineHarness.with { harness in
            let job = try #require(try await harness.submit(url: "https://example.com/d", corpus: "docs", caller: "alice").job)
            #expect(try await harness.complete(job.jobID, .scraping).job?.status == .chunking)
            #expect(try await harness.complete(job.jobID, .chunking, chunkCount: 12).job?.chunkCount == 12)
            let late = try await harness.complete(job.jobID, .scraping)
            #expect(late.status == .alreadyAdvanced)
            #expect(late.job?.status == .embedding)
            let done = try await harness.complete(job.jobID, .embedding)
            #expect(done.job?.status == .done)
            #expect(done.job?.error == nil)
            #expect(try await harness.complete(job.jobID, .embedding).status == .alreadyAdvanced)

            let failing = try #require(try await harness.submit(url: "https://example.com/e", corpus: "docs", caller: "alice").job)
            let failed = try await harness.complete(failing.jobID, .scraping, .failed, code: "http_403")
            #expect(failed.status == .advanced)
            #expect(failed.job?.status == .failed)
            #expect(failed.job?.failedStage == .scraping)
            #expect(failed.job?.error?.code == "http_403")
            #expect(failed.job?.error?.stage == .scraping)
            #expect(failed.job?.error?.message == "failed: http_403")
            #expect(failed.job?.error?.at.isEmpty == false)

            let unknown = await rpcError { _ = try await harness.complete("no-such-job", .scraping) }
            #expect(unknown?.code == .notFound)
            let badStage = await rpcError { _ = try await harness.complete(job.jobID, .unspecified) }
            #expect(badStage?.code == .invalidArgument)
        }
    }

    @Test func stuckJobQueryFindsOnlyOldNonTerminalJobs() async throws {
        let clock = ManualDateClock()
        try await PipelineHarness.with(now: { clock.now() }) { harness in
            let old = try #require(try await harness.submit(url: "https://example.com/old", corpus: "docs", caller: "a").job)
            _ = try await harness.jobs.markStageStarted(jobID: old.jobID, stage: .scraping)
            let done = try #require(try await harness.submit(url: "https://example.com/done", corpus: "docs", caller: "a").job)
            for stage in [PipelineV1.Stage.scraping, .chunking, .embedding] { _ = try await harness.complete(done.jobID, stage) }
            let failed = try #require(try await harness.submit(url: "https://example.com/f", corpus: "docs", caller: "a").job)
            _ = try await harness.complete(failed.jobID, .scraping, .failed, code: "http_500")
            clock.advance(by: 40 * 60)
            let recent = try #require(try await harness.submit(url: "https://example.com/new", corpus: "docs", caller: "a").job)
            _ = try await harness.jobs.markStageStarted(jobID: recent.jobID, stage: .scraping)
            clock.advance(by: 5 * 60)
            // Now: old, done and failed were last updated 45 minutes ago, recent 5 minutes ago.
            let sweeper = StuckJobSweeper(store: harness.jobs, queues: harness.queues, logger: harness.logger, now: { clock.now() })
            let stuck = try await sweeper.findStuckJobs(olderThan: .seconds(30 * 60), now: clock.now()).map(\.jobID)
            #expect(stuck == [old.jobID])
            #expect(try await harness.job(old.jobID)?.status == .scraping)
        }
    }

    @Test func sweeperReenqueuesThenFailsWithStuck() async throws {
        let clock = ManualDateClock()
        try await PipelineHarness.with(now: { clock.now() }) { harness in
            let job = try #require(try await harness.submit(url: "https://example.com/s", corpus: "docs", caller: "a").job)
            _ = try await harness.complete(job.jobID, .scraping)
            #expect(try await harness.queues.chunk.depth() == 1)
            let sweeper = StuckJobSweeper(
                store: harness.jobs, queues: harness.queues,
                settings: StuckJobSweeper.Settings(threshold: .seconds(30 * 60), interval: .seconds(60), maxAttempts: 2),
                logger: harness.logger, now: { clock.now() })

            #expect(try await sweeper.sweep() == StuckJobSweeper.Report())
            for round in 1...2 {
                clock.advance(by: 31 * 60)
                #expect(try await sweeper.sweep().reenqueued == [job.jobID])
                #expect(try await harness.queues.chunk.depth() == 1 + round)
                #expect(try await harness.job(job.jobID)?.attempts == round)
                #expect(try await sweeper.sweep() == StuckJobSweeper.Report(), "just retried: not stuck")
            }
            clock.advance(by: 31 * 60)
            #expect(try await sweeper.sweep().failed == [job.jobID])
            let failed = try #require(try await harness.job(job.jobID))
            #expect(failed.status == .failed)
            #expect(failed.failure?.stage == .chunking)
            #expect(failed.failure?.code == StuckJobSweeper.stuckCode)
            clock.advance(by: 31 * 60)
            #expect(try await sweeper.sweep() == StuckJobSweeper.Report())
        }
    }

    @Test func listJobsIsScopedPagedAndFiltered() async throws {
        let clock = ManualDateClock()
        try await PipelineHarness.with(now: { clock.now() }) { harness in
            var aliceJobs: [String] = []
            for index in 0..<5 {
                let job = try await harness.submit(url: "https://example.com/\(index)", corpus: "docs", caller: "alice").job
                aliceJobs.append(try #require(job?.jobID))
                clock.advance(by: 1)
            }
            for index in 0..<2 {
                _ = try await harness.submit(url: "https://example.com/b\(index)", corpus: "docs", caller: "bob")
            }
            let alice = TestEnvironment.options(caller: "alice")
            var seen: [String] = []
            var cursor = ""
            var pages = 0
            repeat {
                let page = try await harness.client.listJobs(PipelineV1.ListJobsRequest(limit: 2, cursor: cursor), options: alice)
                #expect(page.jobs.count <= 2)
                #expect(page.jobs.allSatisfy { $0.callerID == "alice" })
                seen += page.jobs.map(\.jobID)
                cursor = page.nextCursor
                pages += 1
            } while !cursor.isEmpty && pages < 10
            #expect(pages == 3)
            #expect(seen == aliceJobs.reversed())

            let bob = try await harness.client.listJobs(PipelineV1.ListJobsRequest(), options: TestEnvironment.options(caller: "bob"))
            #expect(bob.jobs.count == 2)
            #expect(bob.nextCursor.isEmpty)

            _ = try await harness.complete(aliceJobs[1], .scraping, .failed, code: "http_404")
            let failedOnly = try await harness.client.listJobs(PipelineV1.ListJobsRequest(status: .failed), options: alice)
            #expect(failedOnly.jobs.map(\.jobID) == [aliceJobs[1]])

            let own = try await harness.client.getJob(PipelineV1.GetJobRequest(jobID: aliceJobs[0]), options: alice)
            #expect(own.jobID == aliceJobs[0])
            let foreign = await rpcError {
                _ = try await harness.client.getJob(
                    PipelineV1.GetJobRequest(jobID: aliceJobs[0]), options: TestEnvironment.options(caller: "bob"))
            }
            #expect(foreign?.code == .notFound)
            let badCursor = await rpcError {
                _ = try await harness.client.listJobs(PipelineV1.ListJobsRequest(cursor: "!!"), options: alice)
            }
            #expect(badCursor?.reason == "invalid_cursor")
            let badLimit = await rpcError {
                _ = try await harness.client.listJobs(PipelineV1.ListJobsRequest(limit: 101), options: alice)
            }
            #expect(badLimit?.reason == "invalid_limit")
        }
    }

    @Test func watchJobStreamsEveryChangeInOrderAndEnds() async throws {
        try await PipelineHarness.with { harness in
            let job = try #require(try await harness.submit(url: "https://example.com/w", corpus: "docs", caller: "alice").job)
            let (events, sink) = AsyncStream.makeStream(of: PipelineV1.JobStatus.self)
            let statuses = try await withTimeLimit(.seconds(20)) {
                try await withThrowingTaskGroup(of: [PipelineV1.JobStatus].self) { group in
                    group.addTask {
                        try await harness.client.watchJob(
                            PipelineV1.WatchJobRequest(jobID: job.jobID), options: TestEnvironment.options(caller: "alice")
                        ) { stream in
                            var seen: [PipelineV1.JobStatus] = []
                            for try await event in stream {
                                let status = event.job?.status ?? .unspecified
                                seen.append(status)
                                sink.yield(status)
                            }
                            sink.finish()
                            return seen
                        }
                    }
                    group.addTask {
                        var iterator = events.makeAsyncIterator()
                        // Each transition only after the previous state was streamed.
                        guard await iterator.next() == .pending else { return [] }
                        _ = try await harness.jobs.markStageStarted(jobID: job.jobID, stage: .scraping)
                        _ = await iterator.next()
                        _ = try await harness.complete(job.jobID, .scraping)
                        _ = await iterator.next()
                        _ = try await harness.complete(job.jobID, .chunking, chunkCount: 2)
                        _ = await iterator.next()
                        _ = try await harness.complete(job.jobID, .embedding)
                        return []
                    }
                    var watched: [PipelineV1.JobStatus] = []
                    for try await result in group where !result.isEmpty { watched = result }
                    return watched
                }
            }
            #expect(statuses == [.pending, .scraping, .chunking, .embedding, .done])

            let foreign = await rpcError {
                try await harness.client.watchJob(
                    PipelineV1.WatchJobRequest(jobID: job.jobID), options: TestEnvironment.options(caller: "bob")
                ) { stream in for try await _ in stream {} }
            }
            #expect(foreign?.code == .notFound)
        }
    }

    @Test func watchJobCatchesRapidChangesWithoutWaiting() async throws {
        try await PipelineHarness.with { harness in
            let job = try #require(try await harness.submit(url: "https://example.com/r", corpus: "docs", caller: "alice").job)
            let statuses = try await withTimeLimit(.seconds(20)) {
                try await harness.client.watchJob(
                    PipelineV1.WatchJobRequest(jobID: job.jobID), options: TestEnvironment.options(caller: "alice")
                ) { stream in
                    var seen: [PipelineV1.JobStatus] = []
                    for try await event in stream {
                        seen.append(event.job?.status ?? .unspecified)
                        if seen.count == 1 {
                            for stage in [PipelineV1.Stage.scraping, .chunking] { _ = try await harness.complete(job.jobID, stage) }
                            _ = try await harness.complete(job.jobID, .embedding, .failed, code: "inference_unavailable")
                        }
                    }
                    return seen
                }
            }
            #expect(statuses == [.pending, .chunking, .embedding, .failed])
        }
    }

    @Test func fullQueueRefusesSubmissionsAndKeepsNoJob() async throws {
        try await PipelineHarness.with(maxDepth: 2) { harness in
            for index in 0..<2 {
                let accepted = try await harness.submit(url: "https://example.com/q\(index)", corpus: "docs", caller: "a")
                #expect(accepted.created)
            }
            let jobID = TestEnvironment.unique("refused")
            let refused = await rpcError {
                _ = try await harness.submit(url: "https://example.com/q2", corpus: "docs", jobID: jobID, caller: "a")
            }
            #expect(refused?.code == .resourceExhausted)
            #expect(refused?.reason == "queue_full")
            #expect(try await harness.job(jobID) == nil)
            #expect(try await harness.queues.scrape.depth() == 2)
        }
    }
}
