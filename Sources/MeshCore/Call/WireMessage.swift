/// A message that can cross the wire: every generated message conforms.
public protocol WireMessage: Sendable {
    init()
    /// The protobuf encoding.
    func serializedBytes() -> [UInt8]
    /// Decodes the protobuf encoding; malformed input throws `RPCError` with INVALID_ARGUMENT or INTERNAL.
    init(serializedBytes bytes: [UInt8]) throws(RPCError)
}
