// Generated from mesh/pipeline/v1/jobs.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension PipelineV1.JobError {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__JobError.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__job_error__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__job_error__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__job_error__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__JobError>) {
        self.init()
        let m = c.pointee
        self.stage = PipelineV1.Stage(rawValue: Int32(bitPattern: m.stage.rawValue))
        self.code = ProtobufCRead.string(m.code)
        self.message = ProtobufCRead.string(m.message)
        self.at = ProtobufCRead.string(m.at)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__JobError>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__job_error__init(c)
        c.pointee.stage = Mesh__Pipeline__V1__Stage(rawValue: UInt32(bitPattern: self.stage.rawValue))
        if !self.code.isEmpty { c.pointee.code = arena.cString(self.code) }
        if !self.message.isEmpty { c.pointee.message = arena.cString(self.message) }
        if !self.at.isEmpty { c.pointee.at = arena.cString(self.at) }
    }
}

extension PipelineV1.Job {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__Job.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__job__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__job__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__job__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__Job>) {
        self.init()
        let m = c.pointee
        self.jobID = ProtobufCRead.string(m.job_id)
        self.url = ProtobufCRead.string(m.url)
        self.corpusName = ProtobufCRead.string(m.corpus_name)
        self.status = PipelineV1.JobStatus(rawValue: Int32(bitPattern: m.status.rawValue))
        self.failedStage = PipelineV1.Stage(rawValue: Int32(bitPattern: m.failed_stage.rawValue))
        self.error = m.error.map { PipelineV1.JobError($0) }
        self.callerID = ProtobufCRead.string(m.caller_id)
        self.chunkCount = m.chunk_count
        self.createdAt = ProtobufCRead.string(m.created_at)
        self.updatedAt = ProtobufCRead.string(m.updated_at)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__Job>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__job__init(c)
        if !self.jobID.isEmpty { c.pointee.job_id = arena.cString(self.jobID) }
        if !self.url.isEmpty { c.pointee.url = arena.cString(self.url) }
        if !self.corpusName.isEmpty { c.pointee.corpus_name = arena.cString(self.corpusName) }
        c.pointee.status = Mesh__Pipeline__V1__JobStatus(rawValue: UInt32(bitPattern: self.status.rawValue))
        c.pointee.failed_stage = Mesh__Pipeline__V1__Stage(rawValue: UInt32(bitPattern: self.failedStage.rawValue))
        if let value = self.error {
            let element = arena.allocate(Mesh__Pipeline__V1__JobError.self)
            value.fill(element, arena: &arena)
            c.pointee.error = element
        }
        if !self.callerID.isEmpty { c.pointee.caller_id = arena.cString(self.callerID) }
        c.pointee.chunk_count = self.chunkCount
        if !self.createdAt.isEmpty { c.pointee.created_at = arena.cString(self.createdAt) }
        if !self.updatedAt.isEmpty { c.pointee.updated_at = arena.cString(self.updatedAt) }
    }
}
