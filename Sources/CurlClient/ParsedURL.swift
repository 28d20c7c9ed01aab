internal import CCurl

/// A URL as libcurl itself parses it, so policy decisions (scheme, robots origin, path)
/// are made on exactly what the transfer will use.
struct ParsedURL: Sendable {
    /// Lower-cased scheme: `http` or `https`.
    let scheme: String
    /// Host as curl normalises it (IPv6 in brackets).
    let host: String
    /// Explicit or default port.
    let port: Int
    /// Path, percent-encoded as given, at least `/`.
    let path: String
    /// Query without `?`, if any.
    let query: String?

    /// `scheme://host:port`: the key robots.txt is scoped to.
    var origin: String { "\(scheme)://\(host):\(port)" }

    /// Path plus `?query`: what robots.txt rules match against.
    var pathAndQuery: String { query.map { "\(path)?\($0)" } ?? path }

    /// Parses an absolute URL, accepting only `http` and `https`.
    /// - Throws: `FetchError` `.invalidURL`; the message never repeats the URL.
    init(_ text: String) throws(FetchError) {
        guard let handle = curl_url() else {
            throw FetchError(.transportError, "libcurl could not allocate a URL handle")
        }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, text, 0) == CURLUE_OK else {
            throw FetchError(.invalidURL, "not a valid absolute URL")
        }
        let host = ParsedURL.part(handle, CURLUPART_HOST) ?? ""
        let scheme = (ParsedURL.part(handle, CURLUPART_SCHEME) ?? "").lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw FetchError(.invalidURL, "unsupported scheme '\(scheme)' (only http and https)", host: host)
        }
        guard !host.isEmpty else { throw FetchError(.invalidURL, "URL has no host") }
        let portText = ParsedURL.part(handle, CURLUPART_PORT, flags: UInt32(CURLU_DEFAULT_PORT))
        self.scheme = scheme
        self.host = host
        self.port = portText.flatMap { Int($0) } ?? (scheme == "https" ? 443 : 80)
        let path = ParsedURL.part(handle, CURLUPART_PATH) ?? "/"
        self.path = path.isEmpty ? "/" : path
        self.query = ParsedURL.part(handle, CURLUPART_QUERY)
    }

    private static func part(_ handle: OpaquePointer, _ part: CURLUPart, flags: UInt32 = 0) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard curl_url_get(handle, part, &value, flags) == CURLUE_OK, let value else { return nil }
        defer { curl_free(value) }
        return String(cString: value)
    }
}
