// Generated from mesh/gateway/v1/gateway.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension GatewayV1.GatewayHealthRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Gateway__V1__GatewayHealthRequest.self)
            fill(message, arena: &arena)
            let size = mesh__gateway__v1__gateway_health_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__gateway__v1__gateway_health_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__gateway__v1__gateway_health_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Gateway__V1__GatewayHealthRequest>) {
        self.init()
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Gateway__V1__GatewayHealthRequest>, arena: inout ProtobufCArena) {
        mesh__gateway__v1__gateway_health_request__init(c)
    }
}

extension GatewayV1.GatewayHealthResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Gateway__V1__GatewayHealthResponse.self)
            fill(message, arena: &arena)
            let size = mesh__gateway__v1__gateway_health_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__gateway__v1__gateway_health_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__gateway__v1__gateway_health_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Gateway__V1__GatewayHealthResponse>) {
        self.init()
        let m = c.pointee
        self.status = ProtobufCRead.string(m.status)
        for index in 0..<m.n_services {
            guard let entry = m.services[index]?.pointee else { continue }
            self.services[ProtobufCRead.string(entry.key)] = ProtobufCRead.string(entry.value)
        }
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Gateway__V1__GatewayHealthResponse>, arena: inout ProtobufCArena) {
        mesh__gateway__v1__gateway_health_response__init(c)
        if !self.status.isEmpty { c.pointee.status = arena.cString(self.status) }
        if !self.services.isEmpty {
            let servicesEntries = self.services.sorted { $0.key < $1.key }
            let elements = arena.allocateArray(UnsafeMutablePointer<Mesh__Gateway__V1__GatewayHealthResponse__ServicesEntry>?.self, count: servicesEntries.count)
            for index in servicesEntries.indices {
                let entry = arena.allocate(Mesh__Gateway__V1__GatewayHealthResponse__ServicesEntry.self)
                mesh__gateway__v1__gateway_health_response__services_entry__init(entry)
                entry.pointee.key = arena.cString(servicesEntries[index].key)
                entry.pointee.value = arena.cString(servicesEntries[index].value)
                elements[index] = entry
            }
            c.pointee.n_services = servicesEntries.count
            c.pointee.services = elements
        }
    }
}
