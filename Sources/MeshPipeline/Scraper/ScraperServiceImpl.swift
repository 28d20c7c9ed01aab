import CurlClient
import Logging
import MeshContracts
import MeshCore

/// The synchronous scraper (`mesh.pipeline.v1.Scraper`): fetch a URL now and return its text.
///
/// An upstream that answered with an error, or a page that cannot be used, is a normal response with
/// `error_code` (`http_403`, `http_404`, `http_5xx`, `robots_disallowed`, `too_large`, `dns_failure`,
/// `connection_refused`, `unsupported_content_type`, …). Errors are for the call itself:
/// INVALID_ARGUMENT for a bad URL (`invalid_url`) or a refused internal target (`blocked_address`),
/// DEADLINE_EXCEEDED (`timeout`) when the page is too slow for a synchronous call.
public struct ScraperServiceImpl: PipelineV1.ScraperService {
    let fetcher: PageFetcher
    let logger: Logger

    public init(fetcher: PageFetcher, logger: Logger) {
        self.fetcher = fetcher
        self.logger = logger
    }

    public func scrape(_ request: PipelineV1.ScrapeRequest, context: ServerContext) async throws
        -> PipelineV1.ScrapeResponse
    {
        let url = try InputValidation.url(request.url)
        var timeout = fetcher.settings.syncTimeout
        if let remaining = context.remainingTime(), remaining < timeout { timeout = max(.milliseconds(1), remaining) }
        do {
            let page = try await fetcher.fetch(url, totalTimeout: timeout)
            return PipelineV1.ScrapeResponse(
                url: url, statusCode: Int32(clamping: page.statusCode), contentType: page.contentType,
                content: page.text, bytes: Int32(clamping: page.bytes), errorCode: page.errorCode ?? "")
        } catch let error as FetchError {
            switch error.code {
            case .timeout:
                throw RPCError(
                    code: .deadlineExceeded,
                    message: "the page did not load within \(timeout); submit it with POST /jobs to ingest it "
                        + "asynchronously", reason: "timeout")
            case .invalidURL:
                throw PipelineErrors.invalidArgument("invalid_url", "url must be an absolute http or https URL")
            case .blockedAddress:
                throw PipelineErrors.invalidArgument(
                    "blocked_address", "the URL resolves to an internal address the scraper may not reach")
            default:
                logger.info("scrape failed", metadata: ["error_code": "\(error.reason)"])
                return PipelineV1.ScrapeResponse(url: url, errorCode: error.reason)
            }
        }
    }
}
