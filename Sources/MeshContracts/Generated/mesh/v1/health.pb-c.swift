// Generated from mesh/v1/health.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension MeshV1.HealthCheckRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__V1__HealthCheckRequest.self)
            fill(message, arena: &arena)
            let size = mesh__v1__health_check_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__v1__health_check_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__v1__health_check_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__V1__HealthCheckRequest>) {
        self.init()
        let m = c.pointee
        self.service = ProtobufCRead.string(m.service)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__V1__HealthCheckRequest>, arena: inout ProtobufCArena) {
        mesh__v1__health_check_request__init(c)
        if !self.service.isEmpty { c.pointee.service = arena.cString(self.service) }
    }
}

extension MeshV1.HealthCheckResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__V1__HealthCheckResponse.self)
            fill(message, arena: &arena)
            let size = mesh__v1__health_check_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__v1__health_check_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__v1__health_check_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__V1__HealthCheckResponse>) {
        self.init()
        let m = c.pointee
        self.status = MeshV1.ServingStatus(rawValue: Int32(bitPattern: m.status.rawValue))
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__V1__HealthCheckResponse>, arena: inout ProtobufCArena) {
        mesh__v1__health_check_response__init(c)
        c.pointee.status = Mesh__V1__ServingStatus(rawValue: UInt32(bitPattern: self.status.rawValue))
    }
}
