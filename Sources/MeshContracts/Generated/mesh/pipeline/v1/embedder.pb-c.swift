// Generated from mesh/pipeline/v1/embedder.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension PipelineV1.EmbedChunk {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__EmbedChunk.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__embed_chunk__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__embed_chunk__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__embed_chunk__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__EmbedChunk>) {
        self.init()
        let m = c.pointee
        self.chunkID = ProtobufCRead.string(m.chunk_id)
        self.text = ProtobufCRead.string(m.text)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__EmbedChunk>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__embed_chunk__init(c)
        if !self.chunkID.isEmpty { c.pointee.chunk_id = arena.cString(self.chunkID) }
        if !self.text.isEmpty { c.pointee.text = arena.cString(self.text) }
    }
}

extension PipelineV1.EmbedRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__EmbedRequest.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__embed_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__embed_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__embed_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__EmbedRequest>) {
        self.init()
        let m = c.pointee
        self.corpusName = ProtobufCRead.string(m.corpus_name)
        self.chunks = ProtobufCRead.array(m.chunks, count: m.n_chunks) { $0.map { PipelineV1.EmbedChunk($0) } ?? PipelineV1.EmbedChunk() }
        self.sourceURL = ProtobufCRead.string(m.source_url)
        self.jobID = ProtobufCRead.string(m.job_id)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__EmbedRequest>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__embed_request__init(c)
        if !self.corpusName.isEmpty { c.pointee.corpus_name = arena.cString(self.corpusName) }
        if !self.chunks.isEmpty {
            let elements = arena.allocateArray(UnsafeMutablePointer<Mesh__Pipeline__V1__EmbedChunk>?.self, count: self.chunks.count)
            for index in self.chunks.indices {
                let element = arena.allocate(Mesh__Pipeline__V1__EmbedChunk.self)
                self.chunks[index].fill(element, arena: &arena)
                elements[index] = element
            }
            c.pointee.n_chunks = self.chunks.count
            c.pointee.chunks = elements
        }
        if !self.sourceURL.isEmpty { c.pointee.source_url = arena.cString(self.sourceURL) }
        if !self.jobID.isEmpty { c.pointee.job_id = arena.cString(self.jobID) }
    }
}

extension PipelineV1.EmbedResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__EmbedResponse.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__embed_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__embed_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__embed_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__EmbedResponse>) {
        self.init()
        let m = c.pointee
        self.upserted = m.upserted
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__EmbedResponse>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__embed_response__init(c)
        c.pointee.upserted = self.upserted
    }
}
