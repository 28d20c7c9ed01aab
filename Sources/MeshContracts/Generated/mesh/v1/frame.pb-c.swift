// Generated from mesh/v1/frame.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension MeshV1.Status {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__V1__Status.self)
            fill(message, arena: &arena)
            let size = mesh__v1__status__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__v1__status__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__v1__status__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__V1__Status>) {
        self.init()
        let m = c.pointee
        self.code = MeshV1.StatusCode(rawValue: Int32(bitPattern: m.code.rawValue))
        self.message = ProtobufCRead.string(m.message)
        self.reason = ProtobufCRead.string(m.reason)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__V1__Status>, arena: inout ProtobufCArena) {
        mesh__v1__status__init(c)
        c.pointee.code = Mesh__V1__StatusCode(rawValue: UInt32(bitPattern: self.code.rawValue))
        if !self.message.isEmpty { c.pointee.message = arena.cString(self.message) }
        if !self.reason.isEmpty { c.pointee.reason = arena.cString(self.reason) }
    }
}

extension MeshV1.MetadataEntry {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__V1__MetadataEntry.self)
            fill(message, arena: &arena)
            let size = mesh__v1__metadata_entry__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__v1__metadata_entry__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__v1__metadata_entry__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__V1__MetadataEntry>) {
        self.init()
        let m = c.pointee
        self.key = ProtobufCRead.string(m.key)
        self.value = ProtobufCRead.string(m.value)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__V1__MetadataEntry>, arena: inout ProtobufCArena) {
        mesh__v1__metadata_entry__init(c)
        if !self.key.isEmpty { c.pointee.key = arena.cString(self.key) }
        if !self.value.isEmpty { c.pointee.value = arena.cString(self.value) }
    }
}

extension MeshV1.Frame {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__V1__Frame.self)
            fill(message, arena: &arena)
            let size = mesh__v1__frame__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__v1__frame__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__v1__frame__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__V1__Frame>) {
        self.init()
        let m = c.pointee
        self.callID = m.call_id
        self.kind = MeshV1.FrameKind(rawValue: Int32(bitPattern: m.kind.rawValue))
        self.method = ProtobufCRead.string(m.method)
        self.metadata = ProtobufCRead.array(m.metadata, count: m.n_metadata) { $0.map { MeshV1.MetadataEntry($0) } ?? MeshV1.MetadataEntry() }
        self.timeoutMS = m.timeout_ms
        self.payload = ProtobufCRead.bytes(m.payload)
        self.status = m.status.map { MeshV1.Status($0) }
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__V1__Frame>, arena: inout ProtobufCArena) {
        mesh__v1__frame__init(c)
        c.pointee.call_id = self.callID
        c.pointee.kind = Mesh__V1__FrameKind(rawValue: UInt32(bitPattern: self.kind.rawValue))
        if !self.method.isEmpty { c.pointee.method = arena.cString(self.method) }
        if !self.metadata.isEmpty {
            let elements = arena.allocateArray(UnsafeMutablePointer<Mesh__V1__MetadataEntry>?.self, count: self.metadata.count)
            for index in self.metadata.indices {
                let element = arena.allocate(Mesh__V1__MetadataEntry.self)
                self.metadata[index].fill(element, arena: &arena)
                elements[index] = element
            }
            c.pointee.n_metadata = self.metadata.count
            c.pointee.metadata = elements
        }
        c.pointee.timeout_ms = self.timeoutMS
        c.pointee.payload = arena.binary(self.payload)
        if let value = self.status {
            let element = arena.allocate(Mesh__V1__Status.self)
            value.fill(element, arena: &arena)
            c.pointee.status = element
        }
    }
}
