/// Why an address could not be parsed or a name could not be resolved.
public struct DiscoveryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, extensible without breaking anyone's `switch`.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public var name: String

        public init(_ name: String) { self.name = name }

        /// A "host:port" string that is not one.
        public static let invalidAddress = Code("invalid_address")
        /// The resolver (getaddrinfo) failed; the message carries its error text.
        public static let resolutionFailed = Code("resolution_failed")
        /// The name resolved, but to no usable address.
        public static let noAddresses = Code("no_addresses")

        public var description: String { name }
    }

    public var code: Code
    /// Says what failed; addresses and host names are configuration, so they may appear here.
    public var message: String

    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}
