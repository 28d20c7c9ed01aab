// Generated from mesh/bench/v1/bench.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension BenchV1.EchoRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Bench__V1__EchoRequest.self)
            fill(message, arena: &arena)
            let size = mesh__bench__v1__echo_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__bench__v1__echo_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__bench__v1__echo_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Bench__V1__EchoRequest>) {
        self.init()
        let m = c.pointee
        self.payload = ProtobufCRead.bytes(m.payload)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Bench__V1__EchoRequest>, arena: inout ProtobufCArena) {
        mesh__bench__v1__echo_request__init(c)
        c.pointee.payload = arena.binary(self.payload)
    }
}

extension BenchV1.EchoStreamRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Bench__V1__EchoStreamRequest.self)
            fill(message, arena: &arena)
            let size = mesh__bench__v1__echo_stream_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__bench__v1__echo_stream_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__bench__v1__echo_stream_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Bench__V1__EchoStreamRequest>) {
        self.init()
        let m = c.pointee
        self.payload = ProtobufCRead.bytes(m.payload)
        self.count = m.count
        self.intervalMS = m.interval_ms
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Bench__V1__EchoStreamRequest>, arena: inout ProtobufCArena) {
        mesh__bench__v1__echo_stream_request__init(c)
        c.pointee.payload = arena.binary(self.payload)
        c.pointee.count = self.count
        c.pointee.interval_ms = self.intervalMS
    }
}

extension BenchV1.EchoResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Bench__V1__EchoResponse.self)
            fill(message, arena: &arena)
            let size = mesh__bench__v1__echo_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__bench__v1__echo_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__bench__v1__echo_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Bench__V1__EchoResponse>) {
        self.init()
        let m = c.pointee
        self.payload = ProtobufCRead.bytes(m.payload)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Bench__V1__EchoResponse>, arena: inout ProtobufCArena) {
        mesh__bench__v1__echo_response__init(c)
        c.pointee.payload = arena.binary(self.payload)
    }
}
