import MeshCore
import MeshJSON

/// A method with its request and response types erased to JSON ⇄ protobuf conversions: what a
/// generic tool (`mesh call`) needs to call any method of the contract.
public struct MethodCodec: Sendable {
    public let descriptor: MethodDescriptor
    public let requestFromJSON: @Sendable (JSONValue) throws(JSONMappingError) -> [UInt8]
    public let responseToJSON: @Sendable ([UInt8]) throws(RPCError) -> JSONValue

    public init<Request: ProtoMessage, Response: ProtoMessage>(
        descriptor: MethodDescriptor, request: Request.Type, response: Response.Type
    ) {
        self.descriptor = descriptor
        self.requestFromJSON = { json throws(JSONMappingError) in
            try Request(json: json, options: JSONDecodingOptions(), path: "").serializedBytes()
        }
        self.responseToJSON = { bytes throws(RPCError) in try Response(serializedBytes: bytes).jsonValue(options: JSONEncodingOptions()) }
    }
}
