/// How a `PostgresPool` connects and how long callers wait.
public struct PostgresPoolConfiguration: Sendable {
    /// `postgresql://user@host:port/db?…`
    public var url: String
    /// Number of connections, each with its own thread.
    public var size: Int
    /// Bound on establishing one connection (libpq's resolution is whole seconds, minimum 2).
    public var connectTimeout: Duration
    /// Bound on waiting for a free connection; then the call fails with `.timeout`.
    public var acquireTimeout: Duration

    /// Creates a configuration.
    public init(url: String, size: Int = 4, connectTimeout: Duration = .seconds(5),
                acquireTimeout: Duration = .seconds(10)) {
        self.url = url
        self.size = max(1, size)
        self.connectTimeout = connectTimeout
        self.acquireTimeout = acquireTimeout
    }
}
