// Generated from mesh/pipeline/v1/chunker.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension PipelineV1.ChunkRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__ChunkRequest.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__chunk_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__chunk_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__chunk_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ChunkRequest>) {
        self.init()
        let m = c.pointee
        self.content = ProtobufCRead.string(m.content)
        self.maxTokens = m.max_tokens
        self.overlap = m.overlap
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ChunkRequest>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__chunk_request__init(c)
        if !self.content.isEmpty { c.pointee.content = arena.cString(self.content) }
        c.pointee.max_tokens = self.maxTokens
        c.pointee.overlap = self.overlap
    }
}

extension PipelineV1.Chunk {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__Chunk.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__chunk__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__chunk__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__chunk__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__Chunk>) {
        self.init()
        let m = c.pointee
        self.ordinal = m.ordinal
        self.text = ProtobufCRead.string(m.text)
        self.tokenCount = m.token_count
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__Chunk>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__chunk__init(c)
        c.pointee.ordinal = self.ordinal
        if !self.text.isEmpty { c.pointee.text = arena.cString(self.text) }
        c.pointee.token_count = self.tokenCount
    }
}

extension PipelineV1.ChunkResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__ChunkResponse.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__chunk_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__chunk_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__chunk_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ChunkResponse>) {
        self.init()
        let m = c.pointee
        self.chunks = ProtobufCRead.array(m.chunks, count: m.n_chunks) { $0.map { PipelineV1.Chunk($0) } ?? PipelineV1.Chunk() }
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ChunkResponse>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__chunk_response__init(c)
        if !self.chunks.isEmpty {
            let elements = arena.allocateArray(UnsafeMutablePointer<Mesh__Pipeline__V1__Chunk>?.self, count: self.chunks.count)
            for index in self.chunks.indices {
                let element = arena.allocate(Mesh__Pipeline__V1__Chunk.self)
                self.chunks[index].fill(element, arena: &arena)
                elements[index] = element
            }
            c.pointee.n_chunks = self.chunks.count
            c.pointee.chunks = elements
        }
    }
}
