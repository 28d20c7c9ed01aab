// Generated from mesh/pipeline/v1/scraper.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension PipelineV1.ScrapeRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__ScrapeRequest.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__scrape_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__scrape_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__scrape_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ScrapeRequest>) {
        self.init()
        let m = c.pointee
        self.url = ProtobufCRead.string(m.url)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ScrapeRequest>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__scrape_request__init(c)
        if !self.url.isEmpty { c.pointee.url = arena.cString(self.url) }
    }
}

extension PipelineV1.ScrapeResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__ScrapeResponse.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__scrape_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__scrape_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__scrape_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ScrapeResponse>) {
        self.init()
        let m = c.pointee
        self.url = ProtobufCRead.string(m.url)
        self.statusCode = m.status_code
        self.contentType = ProtobufCRead.string(m.content_type)
        self.content = ProtobufCRead.string(m.content)
        self.bytes = m.bytes
        self.errorCode = ProtobufCRead.string(m.error_code)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ScrapeResponse>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__scrape_response__init(c)
        if !self.url.isEmpty { c.pointee.url = arena.cString(self.url) }
        c.pointee.status_code = self.statusCode
        if !self.contentType.isEmpty { c.pointee.content_type = arena.cString(self.contentType) }
        if !self.content.isEmpty { c.pointee.content = arena.cString(self.content) }
        c.pointee.bytes = self.bytes
        if !self.errorCode.isEmpty { c.pointee.error_code = arena.cString(self.errorCode) }
    }
}
