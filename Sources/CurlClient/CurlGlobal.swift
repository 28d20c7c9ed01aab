internal import CCurl

/// Process-wide libcurl initialisation.
enum CurlGlobal {
    /// `curl_global_init` must run once before any other libcurl call and is not safe to
    /// race; a static `let` is initialised exactly once, thread-safely, on first use.
    private static let initCode: CURLcode = curl_global_init(mesh_curl_global_default())

    /// Runs `curl_global_init` on first call; throws if it failed.
    static func ensureInitialized() throws(FetchError) {
        let code = initCode
        guard code == CURLE_OK else { throw CurlFailure.setupError(code, step: "curl_global_init") }
    }
}
