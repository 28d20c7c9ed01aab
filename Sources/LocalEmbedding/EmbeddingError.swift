/// A misuse of ``LocalEmbedder`` or ``VectorMath``.
public struct EmbeddingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong; extensible, so new codes do not break callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        public let description: String
        private init(_ description: String) { self.description = description }

        /// A dimension count is less than 1.
        public static let invalidDimensions = Code("invalid_dimensions")
        /// Vectors that must have the same length do not, or flat storage is not a whole number of vectors.
        public static let dimensionMismatch = Code("dimension_mismatch")
    }

    /// The kind of error.
    public let code: Code
    /// A sentence with the sizes involved (never any vector contents).
    public let message: String

    public var description: String { "EmbeddingError(\(code)): \(message)" }
}
