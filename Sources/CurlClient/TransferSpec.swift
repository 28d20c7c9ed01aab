/// Everything one transfer needs, with the fetcher's defaults already applied.
struct TransferSpec: Sendable {
    let url: String
    let host: String
    let method: FetchRequest.Method
    let headers: [(name: String, value: String)]
    let body: [UInt8]?
    let connectTimeout: Duration
    let totalTimeout: Duration
    let maxResponseBytes: Int
    let maxRedirects: Int
    let userAgent: String
    let acceptCompressed: Bool
    let policy: AddressPolicy

    init(request: FetchRequest, target: ParsedURL, configuration: HTTPFetcher.Configuration) {
        url = request.url
        host = target.host
        method = request.method
        headers = request.headers
        body = request.body
        connectTimeout = request.connectTimeout ?? configuration.connectTimeout
        totalTimeout = request.totalTimeout ?? configuration.totalTimeout
        maxResponseBytes = max(0, request.maxResponseBytes ?? configuration.maxResponseBytes)
        maxRedirects = max(0, request.maxRedirects ?? configuration.maxRedirects)
        userAgent = request.userAgent ?? configuration.userAgent
        acceptCompressed = configuration.acceptCompressed
        policy = configuration.addressPolicy
    }
}

extension TransferSpec {
    /// Refuses CR/LF (and NUL) in header text: libcurl sends header lines verbatim, so they
    /// would let a caller-supplied value smuggle extra headers or a second request.
    func validateHeaders() throws(FetchError) {
        let texts = [userAgent] + headers.flatMap { [$0.name, $0.value] }
        let forbidden: Set<UInt8> = [10, 13, 0]
        if texts.contains(where: { $0.utf8.contains(where: forbidden.contains) }) {
            throw FetchError(.invalidRequest, "request header contains CR, LF or NUL", host: host)
        }
        if headers.contains(where: { $0.name.isEmpty || $0.name.contains(":") }) {
            throw FetchError(.invalidRequest, "request header name is empty or contains ':'", host: host)
        }
    }
}

extension Duration {
    /// Whole milliseconds, rounded up so a tiny positive timeout never becomes "no timeout" (0).
    var roundedUpMilliseconds: Int {
        let (seconds, attoseconds) = components
        let millis = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int(clamping: max(1, millis))
    }
}
