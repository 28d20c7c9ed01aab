/// A ``Chunker`` setting that is out of range.
public struct ChunkerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong; extensible, so new codes do not break callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let description: String
        private init(_ description: String) { self.description = description }

        /// `maxTokens` is less than 1.
        public static let invalidMaxTokens = Code("invalid_max_tokens")
        /// `overlap` is negative or not less than `maxTokens`.
        public static let invalidOverlap = Code("invalid_overlap")
    }

    /// The kind of error.
    public let code: Code
    /// The name of the offending setting (`maxTokens` or `overlap`), for messages and logs.
    public let setting: String
    /// A sentence explaining the constraint and the rejected value.
    public let message: String

    public var description: String { "ChunkerError(\(code)): \(message)" }
}
