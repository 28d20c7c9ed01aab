internal import CCurl

/// The one place where libcurl result codes become `FetchError`s.
enum CurlFailure {
    /// What the transfer observed besides the result code, needed to tell causes apart
    /// (libcurl reports an aborted write or a refused socket only as generic errors).
    struct Observations {
        var host: String?
        var exceededLimit = false
        var byteLimit = 0
        var blockedConnects = 0
        var allowedConnects = 0
        var blockedCategory: String?
        var totalTimeout: Duration = .zero
        var maxRedirects = 0
    }

    /// Maps a finished transfer's non-OK result to the error the pipeline reports.
    static func transferError(_ code: CURLcode, _ seen: Observations) -> FetchError {
        let host = seen.host
        let on = host.map { " (\($0))" } ?? ""
        let curlCode = Int(code.rawValue)
        if seen.blockedConnects > 0 && seen.allowedConnects == 0 {
            let category = seen.blockedCategory ?? "internal"
            return FetchError(
                .blockedAddress, "refused to connect to a \(category) address\(on); not in the allow-list",
                host: host, curlCode: curlCode)
        }
        if seen.exceededLimit || code == CURLE_FILESIZE_EXCEEDED {
            return FetchError(.tooLarge, "response exceeds \(seen.byteLimit) bytes\(on)", host: host, curlCode: curlCode)
        }
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            return FetchError(.timeout, "timed out\(on) (total limit \(seen.totalTimeout))", host: host, curlCode: curlCode)
        case CURLE_TOO_MANY_REDIRECTS:
            return FetchError(
                .tooManyRedirects, "more than \(seen.maxRedirects) redirects\(on)", host: host, curlCode: curlCode)
        case CURLE_COULDNT_RESOLVE_HOST:
            return FetchError(.dnsFailure, "could not resolve host\(on)", host: host, curlCode: curlCode)
        case CURLE_COULDNT_CONNECT:
            return FetchError(.connectionRefused, "could not connect\(on)", host: host, curlCode: curlCode)
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT:
            return FetchError(
                .invalidURL, "unsupported or malformed URL (only http and https)\(on)", host: host, curlCode: curlCode)
        default:
            return FetchError(.transportError, "\(strerror(code))\(on)", host: host, curlCode: curlCode)
        }
    }

    /// A failure while setting a transfer or the multi handle up (not caused by the remote side).
    static func setupError(_ code: CURLcode, step: String) -> FetchError {
        FetchError(.transportError, "\(step) failed: \(strerror(code))", curlCode: Int(code.rawValue))
    }

    /// A multi-interface failure while setting up or driving transfers.
    static func multiError(_ code: CURLMcode, step: String) -> FetchError {
        let text = curl_multi_strerror(code).map { String(cString: $0) } ?? "unknown error"
        return FetchError(.transportError, "\(step) failed: \(text)", curlCode: Int(code.rawValue))
    }

    /// libcurl's static description of a code; it never contains the URL.
    private static func strerror(_ code: CURLcode) -> String {
        curl_easy_strerror(code).map { String(cString: $0) } ?? "libcurl error \(code.rawValue)"
    }
}
