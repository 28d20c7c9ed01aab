/// One HTTP request. Unset limits fall back to the fetcher's `Configuration`.
public struct FetchRequest: Sendable {
    /// HTTP method. Extensible; GET and POST are what the pipeline uses.
    public struct Method: Hashable, Sendable, CustomStringConvertible {
        /// The method token as sent, upper-cased.
        public let rawValue: String
        /// Any token, e.g. `"PUT"`. Sent as a custom request line.
        public init(_ rawValue: String) { self.rawValue = rawValue.uppercased() }
        /// `GET`.
        public static let get = Method("GET")
        /// `POST`, with `body` as the payload.
        public static let post = Method("POST")
        /// `HEAD`: headers only.
        public static let head = Method("HEAD")
        public var description: String { rawValue }
    }

    /// Absolute `http` or `https` URL.
    public var url: String
    /// Request method; GET by default.
    public var method: Method
    /// Extra request headers, sent in order.
    public var headers: [(name: String, value: String)]
    /// Request body (sent for any method when non-nil).
    public var body: [UInt8]?
    /// Limit for DNS plus TCP/TLS connect.
    public var connectTimeout: Duration?
    /// Limit for the whole transfer, redirects included.
    public var totalTimeout: Duration?
    /// Body bytes (after content decoding) beyond which the transfer is aborted with `too_large`.
    public var maxResponseBytes: Int?
    /// Redirects followed before failing with `too_many_redirects`; 0 refuses any redirect.
    public var maxRedirects: Int?
    /// `User-Agent` header value.
    public var userAgent: String?

    /// A GET (or other bodiless) request.
    public init(
        url: String,
        method: Method = .get,
        headers: [(name: String, value: String)] = [],
        body: [UInt8]? = nil,
        connectTimeout: Duration? = nil,
        totalTimeout: Duration? = nil,
        maxResponseBytes: Int? = nil,
        maxRedirects: Int? = nil,
        userAgent: String? = nil
    ) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxResponseBytes = maxResponseBytes
        self.maxRedirects = maxRedirects
        self.userAgent = userAgent
    }

    /// A POST of an already encoded JSON document, with JSON content headers.
    public static func postJSON(url: String, body: [UInt8], headers: [(name: String, value: String)] = []) -> Self {
        FetchRequest(
            url: url,
            method: .post,
            headers: [(name: "Content-Type", value: "application/json"), (name: "Accept", value: "application/json")]
                + headers,
            body: body
        )
    }
}
