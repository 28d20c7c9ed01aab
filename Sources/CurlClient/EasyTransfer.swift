internal import CCurl

/// Owns one libcurl easy handle and the header list it points to.
///
/// Confined to the driver thread: created, run and freed there. libcurl's callbacks
/// reach it through an unretained pointer, valid because the driver keeps the
/// transfer alive for as long as the handle is attached to the multi handle.
final class EasyTransfer {
    let handle: UnsafeMutableRawPointer
    let ticket: FetchTicket
    let spec: TransferSpec
    private var requestHeaders: UnsafeMutablePointer<curl_slist>?
    private var body: [UInt8] = []
    private var headerLines: [(name: String, value: String)] = []
    private var headerBytes = 0
    private var observations: CurlFailure.Observations

    /// Responses with more header bytes than this are refused as `too_large`.
    private static let maxHeaderBytes = 256 * 1024

    private init(handle: UnsafeMutableRawPointer, spec: TransferSpec, ticket: FetchTicket) {
        self.handle = handle
        self.spec = spec
        self.ticket = ticket
        observations = CurlFailure.Observations(
            host: spec.host, byteLimit: spec.maxResponseBytes, totalTimeout: spec.totalTimeout,
            maxRedirects: spec.maxRedirects)
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(requestHeaders)
    }

    /// Allocates and configures an easy handle for `spec`.
    static func make(spec: TransferSpec, ticket: FetchTicket) throws(FetchError) -> EasyTransfer {
        guard let handle = curl_easy_init() else {
            throw FetchError(.transportError, "curl_easy_init failed")
        }
        let transfer = EasyTransfer(handle: handle, spec: spec, ticket: ticket)
        try transfer.configure()
        return transfer
    }

    // MARK: - Options

    private func configure() throws(FetchError) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        try set(mesh_curl_setopt_str(handle, CURLOPT_URL, spec.url), "URL")
        // Signals are process-wide; libcurl must not use them from our thread.
        try set(mesh_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1), "NOSIGNAL")
        try set(mesh_curl_setopt_str(handle, CURLOPT_PROTOCOLS_STR, "http,https"), "PROTOCOLS_STR")
        try set(mesh_curl_setopt_str(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"), "REDIR_PROTOCOLS_STR")
        // No proxy from the environment: the address policy must judge the real target.
        try set(mesh_curl_setopt_str(handle, CURLOPT_PROXY, ""), "PROXY")
        try set(mesh_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 1), "FOLLOWLOCATION")
        try set(mesh_curl_setopt_long(handle, CURLOPT_MAXREDIRS, spec.maxRedirects), "MAXREDIRS")
        try set(
            mesh_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, spec.connectTimeout.roundedUpMilliseconds),
            "CONNECTTIMEOUT_MS")
        try set(mesh_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, spec.totalTimeout.roundedUpMilliseconds), "TIMEOUT_MS")
        // Refuses early when Content-Length already says too much; the write callback
        // enforces the same limit on the decoded bytes as they stream.
        if spec.maxResponseBytes > 0 {  // 0 would mean "no limit" to libcurl
            try set(
                mesh_curl_setopt_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(spec.maxResponseBytes)), "MAXFILESIZE")
        }
        if spec.acceptCompressed {
            // "" lets libcurl offer every encoding it was built with and decode the body.
            try set(mesh_curl_setopt_str(handle, CURLOPT_ACCEPT_ENCODING, ""), "ACCEPT_ENCODING")
        }
        try set(mesh_curl_setopt_str(handle, CURLOPT_USERAGENT, spec.userAgent), "USERAGENT")
        try configureMethodAndBody()
        try configureHeaders()

        try set(mesh_curl_setopt_write_callback(handle) { data, size, count, context in
            guard let context else { return 0 }
            let transfer = Unmanaged<EasyTransfer>.fromOpaque(context).takeUnretainedValue()
            return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
        }, "WRITEFUNCTION")
        try set(mesh_curl_setopt_ptr(handle, CURLOPT_WRITEDATA, context), "WRITEDATA")
        try set(mesh_curl_setopt_header_callback(handle) { data, size, count, context in
            guard let context else { return 0 }
            let transfer = Unmanaged<EasyTransfer>.fromOpaque(context).takeUnretainedValue()
            return transfer.receiveHeader(UnsafeRawBufferPointer(start: data, count: size * count))
        }, "HEADERFUNCTION")
        try set(mesh_curl_setopt_ptr(handle, CURLOPT_HEADERDATA, context), "HEADERDATA")
        try set(mesh_curl_setopt_opensocket_callback(handle) { context, purpose, address in
            guard let context, let address else { return mesh_curl_socket_bad() }
            let transfer = Unmanaged<EasyTransfer>.fromOpaque(context).takeUnretainedValue()
            return transfer.openSocket(address)
        }, "OPENSOCKETFUNCTION")
        try set(mesh_curl_setopt_ptr(handle, CURLOPT_OPENSOCKETDATA, context), "OPENSOCKETDATA")
    }

    private func configureMethodAndBody() throws(FetchError) {
        switch spec.method {
        case .get where spec.body == nil:
            try set(mesh_curl_setopt_long(handle, CURLOPT_HTTPGET, 1), "HTTPGET")
        case .head:
            try set(mesh_curl_setopt_long(handle, CURLOPT_NOBODY, 1), "NOBODY")
        default:
            if spec.method != .post {
                try set(mesh_curl_setopt_str(handle, CURLOPT_CUSTOMREQUEST, spec.method.rawValue), "CUSTOMREQUEST")
            }
            let body = spec.body ?? []
            try set(mesh_curl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)), "POSTFIELDSIZE")
            // COPYPOSTFIELDS copies, so the Swift array need not outlive this call.
            let code = body.withUnsafeBytes { bytes -> CURLcode in
                guard let base = bytes.baseAddress else { return mesh_curl_setopt_str(handle, CURLOPT_COPYPOSTFIELDS, "") }
                return mesh_curl_setopt_ptr(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: base))
            }
            try set(code, "COPYPOSTFIELDS")
        }
    }

    private func configureHeaders() throws(FetchError) {
        var lines = spec.headers.map { "\($0.name): \($0.value)" }
        if spec.body != nil {
            // Without this libcurl waits for "100 Continue" before sending larger bodies.
            lines.append("Expect:")
        }
        guard !lines.isEmpty else { return }
        for line in lines {
            // curl_slist_append returns NULL on failure and leaves the old list intact.
            guard let appended = curl_slist_append(requestHeaders, line) else {
                throw FetchError(.transportError, "curl_slist_append failed", host: spec.host)
            }
            requestHeaders = appended
        }
        try set(mesh_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, requestHeaders), "HTTPHEADER")
    }

    private func set(_ code: CURLcode, _ option: String) throws(FetchError) {
        guard code == CURLE_OK else { throw CurlFailure.setupError(code, step: "setting CURLOPT_\(option)") }
    }

    // MARK: - Callbacks (driver thread, inside curl_multi_perform)

    private func receiveBody(_ chunk: UnsafeRawBufferPointer) -> Int {
        guard body.count + chunk.count <= spec.maxResponseBytes else {
            // Returning a short count makes libcurl abort right now, so memory stays bounded.
            observations.exceededLimit = true
            return 0
        }
        body.append(contentsOf: chunk)
        return chunk.count
    }

    private func receiveHeader(_ chunk: UnsafeRawBufferPointer) -> Int {
        headerBytes += chunk.count
        guard headerBytes <= Self.maxHeaderBytes else {
            observations.exceededLimit = true
            observations.byteLimit = Self.maxHeaderBytes
            return 0
        }
        let line = String(decoding: chunk, as: UTF8.self).trimmingASCIIWhitespace()
        if line.hasPrefix("HTTP/") {
            // A new status line: interim (100) or redirect responses' headers are dropped.
            headerLines.removeAll(keepingCapacity: true)
        } else if let first = chunk.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t"),
            let last = headerLines.popLast()
        {
            headerLines.append((last.name, last.value + " " + line))
        } else if let colon = line.firstIndex(of: ":") {
            let name = String(line[..<colon]).trimmingASCIIWhitespace().lowercased()
            let value = String(line[line.index(after: colon)...]).trimmingASCIIWhitespace()
            headerLines.append((name, value))
        }
        return chunk.count
    }

    private func openSocket(_ address: UnsafeMutablePointer<curl_sockaddr>) -> curl_socket_t {
        var raw = [UInt8](repeating: 0, count: 16)
        let length = Int(raw.withUnsafeMutableBufferPointer { mesh_curl_sockaddr_bytes(address, $0.baseAddress) })
        guard let ip = IPAddress(bytes: Array(raw.prefix(length))) else {
            observations.blockedConnects += 1
            observations.blockedCategory = "non-IP"
            return mesh_curl_socket_bad()
        }
        if let category = spec.policy.blockReason(for: ip) {
            observations.blockedConnects += 1
            observations.blockedCategory = category
            return mesh_curl_socket_bad()
        }
        observations.allowedConnects += 1
        return mesh_curl_open_socket(address)
    }

    // MARK: - Completion

    /// The outcome once libcurl reports the transfer done with `code`.
    func result(_ code: CURLcode) -> Result<FetchResponse, any Error> {
        guard code == CURLE_OK else { return .failure(CurlFailure.transferError(code, observations)) }
        var status = 0
        var effectiveURL: UnsafeMutablePointer<CChar>?
        var totalMicros: curl_off_t = 0
        _ = mesh_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        _ = mesh_curl_getinfo_str(handle, CURLINFO_EFFECTIVE_URL, &effectiveURL)
        _ = mesh_curl_getinfo_off_t(handle, CURLINFO_TOTAL_TIME_T, &totalMicros)
        var headers: [String: String] = [:]
        for (name, value) in headerLines {
            headers[name] = headers[name].map { "\($0), \(value)" } ?? value
        }
        let finalURL = effectiveURL.map { String(cString: $0) } ?? spec.url
        return .success(
            FetchResponse(
                statusCode: status, headers: headers, finalURL: finalURL, body: body,
                elapsed: .microseconds(totalMicros), host: spec.host))
    }
}
