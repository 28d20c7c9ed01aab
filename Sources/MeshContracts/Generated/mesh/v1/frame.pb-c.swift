// Generated from mesh/v1/frame.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension MeshV1.Status {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__V1__Status.self)
            fill(message, arena: arena)
            let size = mesh__v1__status__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__v1__status__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        let unpacked = bytes.withUnsafeBufferPointer { mesh__v1__status__unpack(nil, $0.count, $0.baseAddress) }
        guard let unpacked else { throw RPCError.malformedMessage(Self.protoMessageName) }
        defer { mesh__v1__status__free_unpacked(unpacked, nil) }
        self.init(unpacked)
    }

    init(_ c: UnsafeMutablePointer<Mesh__V1__Status>) {
        self.init()
        let m = c.pointee
        self.code = MeshV1.StatusCode(rawValue: Int32(bitPattern: m.code.rawValue))
        self.message = ProtobufCRead.string(m.message)
        self.reason = ProtobufCRead.string(m.reason)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__V1__Status>, arena: ProtobufCArena) {
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
            fill(message, arena: arena)
            let size = mesh__v1__metadata_entry__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__v1__metadata_entry__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        let unpacked = bytes.withUnsafeBufferPointer { mesh__v1__metadata_entry__unpack(nil, $0.count, $0.baseAddress) }
        guard let unpacked else { throw RPCError.malformedMessage(Self.protoMessageName) }
        defer { mesh__v1__metadata_entry__free_unpacked(unpacked, nil) }
        self.init(unpacked)
    }

    init(_ c: UnsafeMutablePointer<Mesh__V1__MetadataEntry>) {
        self.init()
        let m = c.pointee
        self.key = ProtobufCRead.string(m.key)
        self.value = ProtobufCRead.string(m.value)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__V1__MetadataEntry>, arena: ProtobufCArena) {
        mesh__v1__metadata_entry__init(c)
        if !self.key.isEmpty { c.pointee.key = arena.cString(self.key) }
        if !self.value.isEmpty { c.pointee.value = arena.cString(self.value) }
    }
}

extension MeshV1.Frame {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__V1__Frame.self)
            fill(message, arena: arena)
            let size = mesh__v1__frame__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__v1__frame__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        let unpacked = bytes.withUnsafeBufferPointer { mesh__v1__frame__unpack(nil, $0.count, $0.baseAddress) }
        guard let unpacked else { throw RPCError.malformedMessage(Self.protoMessageName) }
        defer { mesh__v1__frame__free_unpacked(unpacked, nil) }
        self.init(unpacked)
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

    func fill(_ c: UnsafeMutablePointer<Mesh__V1__Frame>, arena: ProtobufCArena) {
        mesh__v1__frame__init(c)
        c.pointee.call_id = self.callID
        c.pointee.kind = Mesh__V1__FrameKind(rawValue: UInt32(bitPattern: self.kind.rawValue))
        if !self.method.isEmpty { c.pointee.method = arena.cString(self.method) }
        c.pointee.n_metadata = self.metadata.count
        c.pointee.metadata = arena.array(count: self.metadata.count) { (index: Int) -> UnsafeMutablePointer<Mesh__V1__MetadataEntry>? in
            let element = arena.allocate(Mesh__V1__MetadataEntry.self)
            self.metadata[index].fill(element, arena: arena)
            return element
        }
        c.pointee.timeout_ms = self.timeoutMS
        c.pointee.payload = arena.binary(self.payload)
        if let value = self.status {
            let element = arena.allocate(Mesh__V1__Status.self)
            value.fill(element, arena: arena)
            c.pointee.status = element
        }
    }
}
