import Foundation

/// Where and how to connect to Redis.
public struct RedisConfiguration: Sendable, CustomStringConvertible {
    /// Host name or IP address.
    public var host: String
    /// TCP port.
    public var port: Int
    /// ACL user name for `AUTH` (nil: default user).
    public var username: String?
    /// Password for `AUTH` (nil: no `AUTH`). Never printed.
    public var password: String?
    /// Database index sent with `SELECT` when not 0.
    public var database: Int
    /// How long a TCP connect may take.
    public var connectTimeout: Duration
    /// How long any one non-blocking command may take before the connection is declared broken.
    public var commandTimeout: Duration
    /// How many connections (and threads) a `RedisPool` keeps.
    public var poolSize: Int
    /// After a failed connect, a pool thread fails commands at once (`connectionFailed`) for this
    /// long instead of reconnecting for each, so callers get fast errors while Redis is down.
    public var reconnectBackoff: Duration

    /// Creates a configuration for `host:port`.
    public init(
        host: String = "127.0.0.1",
        port: Int = 6379,
        username: String? = nil,
        password: String? = nil,
        database: Int = 0,
        connectTimeout: Duration = .seconds(1),
        commandTimeout: Duration = .seconds(5),
        poolSize: Int = 4,
        reconnectBackoff: Duration = .milliseconds(100)
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
        self.poolSize = poolSize
        self.reconnectBackoff = reconnectBackoff
    }

    /// Parses `redis://[user[:password]@]host[:port][/db]`.
    public init(url: String) throws(RedisError) {
        guard let components = URLComponents(string: url), components.scheme == "redis",
            let host = components.host, !host.isEmpty
        else {
            throw RedisError(.invalidConfiguration, "not a redis://host[:port][/db] URL")
        }
        var database = 0
        let path = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if !path.isEmpty {
            guard let index = Int(path), index >= 0 else {
                throw RedisError(.invalidConfiguration, "the URL path must be a database number")
            }
            database = index
        }
        // `redis://secret@host` (no colon) carries a password only, as redis-cli reads it.
        let user = components.user.flatMap { $0.isEmpty ? nil : $0 }
        self.init(
            host: host,
            port: components.port ?? 6379,
            username: components.password == nil ? nil : user,
            password: components.password ?? user,
            database: database
        )
    }

    /// `redis://host:port/db`, without credentials.
    public var description: String { "redis://\(host):\(port)/\(database)" }
}
