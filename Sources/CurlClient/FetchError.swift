/// A failed fetch, with a machine-readable `reason` the pipeline reports as-is.
///
/// `description` names at most the URL's host: never the path, query string or credentials.
public struct FetchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure. Extensible: new codes are new static members, not enum cases.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The stable identifier; for most codes it is also the reported `reason`.
        public let rawValue: String
        private init(_ rawValue: String) { self.rawValue = rawValue }

        /// HTTP 403.
        public static let http403 = Code("http_403")
        /// HTTP 404.
        public static let http404 = Code("http_404")
        /// Any other 4xx status; the reason is `http_<status>` (e.g. `http_410`).
        public static let httpClientError = Code("http_4xx")
        /// Any 5xx status.
        public static let httpServerError = Code("http_5xx")
        /// Connect or total timeout elapsed.
        public static let timeout = Code("timeout")
        /// The body (after content decoding) or the headers passed the configured limit.
        public static let tooLarge = Code("too_large")
        /// More redirects than allowed.
        public static let tooManyRedirects = Code("too_many_redirects")
        /// robots.txt forbids the URL for our user agent.
        public static let robotsDisallowed = Code("robots_disallowed")
        /// Every address the host resolved to is refused by the address policy.
        public static let blockedAddress = Code("blocked_address")
        /// The host name did not resolve.
        public static let dnsFailure = Code("dns_failure")
        /// The TCP connection was refused or could not be made.
        public static let connectionRefused = Code("connection_refused")
        /// Not an absolute http(s) URL.
        public static let invalidURL = Code("invalid_url")
        /// Any other transport failure (TLS, protocol, reset, ...).
        public static let transportError = Code("transport_error")
        /// The request itself is unusable (e.g. a header containing CR or LF).
        public static let invalidRequest = Code("invalid_request")
        /// A configuration value (such as an allow-list entry) could not be parsed.
        public static let invalidConfiguration = Code("invalid_configuration")

        public var description: String { rawValue }
    }

    /// The kind of failure.
    public let code: Code
    /// Machine-readable reason for reports: `http_403`, `http_410`, `http_5xx`, `timeout`, ...
    public let reason: String
    /// Human-readable explanation, free of paths, queries and credentials.
    public let message: String
    /// The host of the URL involved, when known.
    public let host: String?
    /// The HTTP status for `http_*` codes.
    public let statusCode: Int?
    /// The numeric libcurl result code, when the failure came from libcurl.
    public let curlCode: Int?

    init(_ code: Code, _ message: String, host: String? = nil, statusCode: Int? = nil, curlCode: Int? = nil) {
        self.code = code
        self.message = message
        self.host = host
        self.statusCode = statusCode
        self.curlCode = curlCode
        if code == .httpClientError, let statusCode {
            reason = "http_\(statusCode)"
        } else {
            reason = code.rawValue
        }
    }

    /// The error an HTTP status stands for (`http_403`, `http_404`, `http_<4xx>`, `http_5xx`); `nil` for 1xx-3xx.
    public static func forHTTPStatus(_ status: Int, host: String? = nil) -> FetchError? {
        let hostText = host.map { " from \($0)" } ?? ""
        switch status {
        case 403: return FetchError(.http403, "HTTP 403\(hostText)", host: host, statusCode: status)
        case 404: return FetchError(.http404, "HTTP 404\(hostText)", host: host, statusCode: status)
        case 400..<500: return FetchError(.httpClientError, "HTTP \(status)\(hostText)", host: host, statusCode: status)
        case 500..<600: return FetchError(.httpServerError, "HTTP \(status)\(hostText)", host: host, statusCode: status)
        default: return nil
        }
    }

    public var description: String { "\(reason): \(message)" }
}
