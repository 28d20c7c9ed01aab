import CurlClient
import Logging
import MeshContracts

/// Scraping: mark the job started, fetch the page, store its text in `documents`. Fetch failures
/// are the job's failure with the fetch reason as code (`http_403`, `timeout`, `too_large`,
/// `robots_disallowed`, `blocked_address`, …).
public struct ScrapeStage: StageHandler {
    public var stage: PipelineStage { .scraping }

    let fetcher: PageFetcher
    let documents: DocumentStore
    /// The job store, for the `pending → scraping` mark; nil where the worker has no access to it.
    let jobs: JobStore?

    public init(fetcher: PageFetcher, documents: DocumentStore, jobs: JobStore?) {
        self.fetcher = fetcher
        self.documents = documents
        self.jobs = jobs
    }

    public func process(_ task: PipelineV1.StageTask, logger: Logger) async throws -> StageOutput {
        if let jobs {
            do {
                guard let transition = try await jobs.markStageStarted(jobID: task.jobID, stage: .scraping) else {
                    return .skipped(reason: "job_not_found")
                }
                guard transition.job.status.stageInProgress == .scraping else {
                    return .skipped(reason: "job_already_\(transition.job.status)")
                }
            } catch {
                // The mark is informational; the scrape itself does not depend on it.
                logger.warning("could not mark the job as scraping", metadata: ["error": "\(error)"])
            }
        }
        let page: FetchedPage
        do {
            page = try await fetcher.fetch(task.url)
        } catch let error as FetchError {
            throw StageFailure(code: error.reason, message: error.message)
        }
        if let errorCode = page.errorCode {
            throw StageFailure(code: errorCode, message: "the page answered HTTP \(page.statusCode) (\(page.contentType))")
        }
        try await documents.save(jobID: task.jobID, page: page)
        logger.info("page scraped", metadata: ["bytes": "\(page.bytes)", "text_bytes": "\(page.text.utf8.count)"])
        return .completed(chunkCount: nil)
    }
}
