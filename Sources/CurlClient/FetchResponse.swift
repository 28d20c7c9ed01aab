/// A completed HTTP exchange, whatever its status.
///
/// Design: `fetch` throws only when no HTTP response arrived (timeout, too large,
/// blocked, ...). An HTTP error status is a response, reported through `error` /
/// `reason` (`http_403`, `http_404`, `http_<4xx>`, `http_5xx`); call `checked()`
/// to turn it into a thrown `FetchError` instead.
public struct FetchResponse: Sendable {
    /// Final HTTP status code (after redirects).
    public let statusCode: Int
    /// Response headers of the final response, names lower-cased; repeated headers joined with ", ".
    public let headers: [String: String]
    /// Final URL after redirects.
    public let finalURL: String
    /// Body bytes, content-decoded (gzip/deflate already undone).
    public let body: [UInt8]
    /// Time libcurl spent on the transfer, DNS through last byte.
    public let elapsed: Duration

    /// Lower-cased media type of `Content-Type`, e.g. `text/html`.
    public var contentType: String? { headers["content-type"].map { ContentType(parsing: $0).mediaType } }

    /// Lower-cased `charset` parameter of `Content-Type`, if any.
    public var charset: String? { headers["content-type"].flatMap { ContentType(parsing: $0).charset } }

    /// The body as text, honouring `charset` (UTF-8 with replacement characters when unknown).
    public var text: String { CharsetDecoder.decode(body, charset: charset) }

    /// The error this status stands for; `nil` for 1xx-3xx.
    public var error: FetchError? { FetchError.forHTTPStatus(statusCode, host: host) }

    /// Machine-readable failure reason for 4xx/5xx (`http_403`, `http_410`, `http_5xx`); `nil` otherwise.
    public var reason: String? { error?.reason }

    /// Returns `self` for 1xx-3xx and throws the status's `FetchError` otherwise.
    public func checked() throws(FetchError) -> FetchResponse {
        if let error { throw error }
        return self
    }

    let host: String?

    init(statusCode: Int, headers: [String: String], finalURL: String, body: [UInt8], elapsed: Duration, host: String?) {
        self.statusCode = statusCode
        self.headers = headers
        self.finalURL = finalURL
        self.body = body
        self.elapsed = elapsed
        self.host = host
    }
}
