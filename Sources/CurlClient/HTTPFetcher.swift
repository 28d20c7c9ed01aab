import Synchronization

/// An HTTP client over libcurl that never blocks the caller's thread.
///
/// All transfers of one fetcher run on one dedicated thread driving a libcurl multi
/// handle, so connections and DNS results are reused across requests. The address
/// policy is per fetcher (not per request) because pooled connections are shared.
public final class HTTPFetcher: Sendable {
    /// Defaults for every request of this fetcher; a `FetchRequest` may override the limits.
    public struct Configuration: Sendable {
        /// Limit for DNS plus TCP/TLS connect.
        public var connectTimeout: Duration = .seconds(10)
        /// Limit for a whole transfer, redirects included.
        public var totalTimeout: Duration = .seconds(30)
        /// Body bytes (after content decoding) beyond which a transfer fails with `too_large`.
        public var maxResponseBytes: Int = 10 * 1024 * 1024
        /// Redirects followed before failing with `too_many_redirects`.
        public var maxRedirects: Int = 5
        /// `User-Agent` header value.
        public var userAgent: String = "MeshFetcher/1.0"
        /// Sends `Accept-Encoding` for every encoding libcurl supports and decodes the body.
        public var acceptCompressed: Bool = true
        /// Which remote addresses may be connected to; strict by default.
        public var addressPolicy: AddressPolicy = .strict
        /// Upper bound on simultaneously open connections; further transfers wait in libcurl.
        public var maxTotalConnections: Int = 64

        /// The defaults: 10 s connect, 30 s total, 10 MiB, 5 redirects, strict address policy.
        public init() {}
    }

    /// The defaults requests fall back to.
    public let configuration: Configuration
    private let loop: CurlMultiLoop
    private let nextID = Atomic<UInt64>(1)

    /// Initialises libcurl if needed and starts the fetcher's transfer thread.
    public init(configuration: Configuration = Configuration()) throws(FetchError) {
        self.configuration = configuration
        loop = try CurlMultiLoop.start(maxTotalConnections: configuration.maxTotalConnections)
    }

    deinit {
        loop.shutdown()
    }

    /// Performs `request` and returns the response, whatever its HTTP status.
    ///
    /// Throws `FetchError` when no complete response arrived (`timeout`, `too_large`,
    /// `blocked_address`, `invalid_url`, ...) and `CancellationError` when the awaiting
    /// task is cancelled, which aborts the transfer.
    public func fetch(_ request: FetchRequest) async throws -> FetchResponse {
        let target = try ParsedURL(request.url)
        let spec = TransferSpec(request: request, target: target, configuration: configuration)
        try spec.validateHeaders()
        let ticket = FetchTicket(id: nextID.add(1, ordering: .relaxed).oldValue)
        let loop = self.loop
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                ticket.start(continuation) { loop.submit(spec, ticket: ticket) }
            }
        } onCancel: {
            if ticket.cancel() { loop.cancel(ticket.id) }
        }
    }
}
