// Generated from mesh/pipeline/v1/search.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension PipelineV1.SearchRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__SearchRequest.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__search_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__search_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__search_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__SearchRequest>) {
        self.init()
        let m = c.pointee
        self.corpusName = ProtobufCRead.string(m.corpus_name)
        self.query = ProtobufCRead.string(m.query)
        self.topK = m.top_k
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__SearchRequest>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__search_request__init(c)
        if !self.corpusName.isEmpty { c.pointee.corpus_name = arena.cString(self.corpusName) }
        if !self.query.isEmpty { c.pointee.query = arena.cString(self.query) }
        c.pointee.top_k = self.topK
    }
}

extension PipelineV1.SearchResult {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__SearchResult.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__search_result__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__search_result__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__search_result__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__SearchResult>) {
        self.init()
        let m = c.pointee
        self.chunkID = ProtobufCRead.string(m.chunk_id)
        self.text = ProtobufCRead.string(m.text)
        self.score = m.score
        self.sourceURL = ProtobufCRead.string(m.source_url)
        self.jobID = ProtobufCRead.string(m.job_id)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__SearchResult>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__search_result__init(c)
        if !self.chunkID.isEmpty { c.pointee.chunk_id = arena.cString(self.chunkID) }
        if !self.text.isEmpty { c.pointee.text = arena.cString(self.text) }
        c.pointee.score = self.score
        if !self.sourceURL.isEmpty { c.pointee.source_url = arena.cString(self.sourceURL) }
        if !self.jobID.isEmpty { c.pointee.job_id = arena.cString(self.jobID) }
    }
}

extension PipelineV1.SearchResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__SearchResponse.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__search_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__search_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__search_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__SearchResponse>) {
        self.init()
        let m = c.pointee
        self.results = ProtobufCRead.array(m.results, count: m.n_results) { $0.map { PipelineV1.SearchResult($0) } ?? PipelineV1.SearchResult() }
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__SearchResponse>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__search_response__init(c)
        if !self.results.isEmpty {
            let elements = arena.allocateArray(UnsafeMutablePointer<Mesh__Pipeline__V1__SearchResult>?.self, count: self.results.count)
            for index in self.results.indices {
                let element = arena.allocate(Mesh__Pipeline__V1__SearchResult.self)
                self.results[index].fill(element, arena: &arena)
                elements[index] = element
            }
            c.pointee.n_results = self.results.count
            c.pointee.results = elements
        }
    }
}
