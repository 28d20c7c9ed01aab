import CurlClient
import HTMLText

/// How the scraper fetches pages.
public struct ScraperSettings: Sendable, Hashable {
    /// `MESH_SCRAPER_ALLOW_CIDRS`: internal ranges the scraper may reach anyway (e.g. `127.0.0.0/8`).
    public var allowCIDRs: String
    public var connectTimeout: Duration
    /// Bound on a whole fetch by a worker.
    public var totalTimeout: Duration
    /// Bound on a synchronous `Scrape` call (slow pages belong in `POST /jobs`).
    public var syncTimeout: Duration
    public var maxResponseBytes: Int
    public var maxRedirects: Int
    public var userAgent: String
    /// Our token in robots.txt groups.
    public var robotsToken: String
    public var respectRobots: Bool

    public init(
        allowCIDRs: String = "", connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(30),
        syncTimeout: Duration = .seconds(10), maxResponseBytes: Int = 10 * 1024 * 1024, maxRedirects: Int = 5,
        userAgent: String = "MeshScraper/1.0", robotsToken: String = "MeshScraper", respectRobots: Bool = true
    ) {
        self.allowCIDRs = allowCIDRs
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.syncTimeout = syncTimeout
        self.maxResponseBytes = maxResponseBytes
        self.maxRedirects = maxRedirects
        self.userAgent = userAgent
        self.robotsToken = robotsToken
        self.respectRobots = respectRobots
    }
}

/// A fetched page turned into text.
public struct FetchedPage: Sendable, Hashable {
    public var url: String
    public var statusCode: Int
    public var contentType: String
    /// Clean text (title first, then the body's paragraphs); empty when `errorCode` is set.
    public var text: String
    /// Size of the fetched body in bytes.
    public var bytes: Int
    /// Set when the page cannot be used: `http_403`, `http_404`, `http_5xx`, `unsupported_content_type`.
    public var errorCode: String?

    public init(url: String, statusCode: Int, contentType: String, text: String, bytes: Int, errorCode: String? = nil) {
        self.url = url
        self.statusCode = statusCode
        self.contentType = contentType
        self.text = text
        self.bytes = bytes
        self.errorCode = errorCode
    }
}

/// Fetch and extract, shared by the scrape worker and the synchronous `Scrape` RPC: libcurl with the
/// configured address policy (strict unless allow-listed), robots.txt, size and time limits.
public final class PageFetcher: Sendable {
    let settings: ScraperSettings
    private let fetcher: HTTPFetcher
    private let robots: RobotsPolicy?

    /// Throws `FetchError` (`invalid_configuration`) for a bad allow-list.
    public init(settings: ScraperSettings) throws {
        var configuration = HTTPFetcher.Configuration()
        configuration.addressPolicy = try AddressPolicy(allowList: settings.allowCIDRs)
        configuration.connectTimeout = settings.connectTimeout
        configuration.totalTimeout = settings.totalTimeout
        configuration.maxResponseBytes = settings.maxResponseBytes
        configuration.maxRedirects = settings.maxRedirects
        configuration.userAgent = settings.userAgent
        let fetcher = try HTTPFetcher(configuration: configuration)
        self.settings = settings
        self.fetcher = fetcher
        robots = settings.respectRobots ? RobotsPolicy(fetcher: fetcher, userAgentToken: settings.robotsToken) : nil
    }

    /// Fetches `url`. An HTTP error status is a page with `errorCode`; no response at all throws
    /// `FetchError` (`timeout`, `too_large`, `blocked_address`, `robots_disallowed`, …).
    public func fetch(_ url: String, totalTimeout: Duration? = nil) async throws -> FetchedPage {
        let request = FetchRequest(url: url, totalTimeout: totalTimeout ?? settings.totalTimeout)
        let response: FetchResponse
        if let robots {
            response = try await robots.fetchRespectingRobots(request)
        } else {
            response = try await fetcher.fetch(request)
        }
        var page = FetchedPage(
            url: url, statusCode: response.statusCode, contentType: response.contentType ?? "", text: "",
            bytes: response.body.count, errorCode: response.reason)
        guard page.errorCode == nil else { return page }
        switch response.contentType {
        case nil, "text/html", "application/xhtml+xml":
            let html = HTMLText.decode(bytes: response.body, contentTypeCharset: response.charset)
            let extracted = HTMLTextExtractor.extract(html: html)
            page.text = extracted.title.isEmpty || extracted.text.hasPrefix(extracted.title)
                ? extracted.text : extracted.title + "\n\n" + extracted.text
        case "text/plain", "text/markdown":
            page.text = HTMLText.decode(bytes: response.body, contentTypeCharset: response.charset)
        default:
            page.errorCode = "unsupported_content_type"
        }
        // PostgreSQL text cannot hold NUL.
        if page.text.utf8.contains(0) { page.text.unicodeScalars.removeAll { $0 == "\u{0}" } }
        return page
    }
}
