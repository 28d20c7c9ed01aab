/// Enforces robots.txt for one crawler identity, fetching each origin's file once per TTL.
///
/// Outcomes follow RFC 9309: 2xx → parse; 4xx (including 404) or more than the allowed
/// redirects → everything allowed; 5xx or unreachable → everything disallowed (cached for
/// the shorter `failureTTL`, so recovery is noticed). Concurrent requests for one origin
/// share a single robots.txt download.
public actor RobotsPolicy {
    private enum Entry {
        case ready(RobotsRules, expires: ContinuousClock.Instant)
        /// Callers waiting for the download in progress; `nil` tells them to retry.
        case loading([CheckedContinuation<RobotsRules?, Never>])
    }

    private let fetcher: HTTPFetcher
    private let userAgentToken: String
    private let ttl: Duration
    private let failureTTL: Duration
    private let now: @Sendable () -> ContinuousClock.Instant
    private var cache: [String: Entry] = [:]

    /// Origins remembered at most; expired entries are dropped first when it is reached.
    private static let maxCachedOrigins = 10_000

    /// - Parameters:
    ///   - fetcher: fetches robots.txt (its address policy applies to those requests too).
    ///   - userAgentToken: our product token as robots.txt groups name it, e.g. `MeshScraper`.
    ///   - ttl: how long a fetched robots.txt is trusted (RFC 9309 suggests at most 24 h).
    ///   - failureTTL: how long an "unreachable → disallow all" verdict is kept.
    ///   - now: the clock, injected so tests can expire entries without sleeping.
    public init(
        fetcher: HTTPFetcher,
        userAgentToken: String,
        ttl: Duration = .seconds(3600),
        failureTTL: Duration = .seconds(300),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }
    ) {
        self.fetcher = fetcher
        self.userAgentToken = userAgentToken
        self.ttl = ttl
        self.failureTTL = failureTTL
        self.now = now
    }

    /// Whether robots.txt of the URL's origin allows our crawler to fetch the URL.
    /// - Throws: `invalid_url`, `blocked_address` (the origin itself is refused), or `CancellationError`.
    public func isAllowed(_ url: String) async throws -> Bool {
        let target = try ParsedURL(url)
        return try await rules(for: target).isAllowed(target.pathAndQuery)
    }

    /// Fetches `request` if robots.txt allows it, else throws `robots_disallowed`.
    public func fetchRespectingRobots(_ request: FetchRequest) async throws -> FetchResponse {
        let target = try ParsedURL(request.url)
        guard try await rules(for: target).isAllowed(target.pathAndQuery) else {
            throw FetchError(
                .robotsDisallowed, "robots.txt of \(target.host) disallows this path for \(userAgentToken)",
                host: target.host)
        }
        return try await fetcher.fetch(request)
    }

    private func rules(for target: ParsedURL) async throws -> RobotsRules {
        let origin = target.origin
        // A waiter retries only when a download it waited for failed; bounded all the same.
        for _ in 0..<3 {
            switch cache[origin] {
            case .ready(let rules, let expires) where now() < expires:
                return rules
            case .loading:
                let shared: RobotsRules? = await withCheckedContinuation { continuation in
                    if case .loading(let waiters) = cache[origin] {
                        cache[origin] = .loading(waiters + [continuation])
                    } else {
                        continuation.resume(returning: nil)
                    }
                }
                if let shared { return shared }
            case .ready, .none:
                return try await download(target)
            }
        }
        throw FetchError(.transportError, "robots.txt of \(target.host) could not be loaded", host: target.host)
    }

    private func download(_ target: ParsedURL) async throws -> RobotsRules {
        let origin = target.origin
        makeRoom()
        cache[origin] = .loading([])
        let outcome: Result<(RobotsRules, Duration), any Error>
        do {
            outcome = .success(try await fetchRules(origin: origin))
        } catch {
            outcome = .failure(error)
        }
        var waiters: [CheckedContinuation<RobotsRules?, Never>] = []
        if case .loading(let list) = cache[origin] { waiters = list }
        switch outcome {
        case .success(let (rules, lifetime)):
            cache[origin] = .ready(rules, expires: now().advanced(by: lifetime))
            waiters.forEach { $0.resume(returning: rules) }
            return rules
        case .failure(let error):
            cache[origin] = nil
            waiters.forEach { $0.resume(returning: nil) }
            throw error
        }
    }

    /// Downloads and interprets `origin/robots.txt`; returns the rules and how long to keep them.
    private func fetchRules(origin: String) async throws -> (RobotsRules, Duration) {
        let request = FetchRequest(url: "\(origin)/robots.txt", maxResponseBytes: RobotsTxt.maxParsedBytes)
        do {
            let response = try await fetcher.fetch(request)
            switch response.statusCode {
            case 200..<300:
                return (RobotsTxt(parsing: response.text).rules(forUserAgent: userAgentToken), ttl)
            case 500...:
                return (.disallowAll, failureTTL)
            default:
                // 4xx: "unavailable", so no restrictions (RFC 9309 2.3.1.3).
                return (.allowAll, ttl)
            }
        } catch let error as FetchError {
            switch error.code {
            case .blockedAddress, .invalidURL:
                throw error
            case .tooManyRedirects:
                // RFC 9309 2.3.1.2: past five redirects it may be treated as unavailable.
                return (.allowAll, ttl)
            default:
                // Unreachable (timeout, refused, DNS, oversized, ...): assume complete disallow.
                return (.disallowAll, failureTTL)
            }
        }
    }

    private func makeRoom() {
        guard cache.count >= Self.maxCachedOrigins else { return }
        let instant = now()
        cache = cache.filter { _, entry in
            if case .ready(_, let expires) = entry { return instant < expires }
            return true
        }
        while cache.count >= Self.maxCachedOrigins, let victim = cache.first(where: { _, entry in
            if case .ready = entry { return true }
            return false
        })?.key {
            cache[victim] = nil
        }
    }
}
