// Generated from mesh/pipeline/v1/tasks.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension PipelineV1.StageTask {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__StageTask.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__stage_task__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__stage_task__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__stage_task__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__StageTask>) {
        self.init()
        let m = c.pointee
        self.jobID = ProtobufCRead.string(m.job_id)
        self.stage = PipelineV1.Stage(rawValue: Int32(bitPattern: m.stage.rawValue))
        self.url = ProtobufCRead.string(m.url)
        self.corpusName = ProtobufCRead.string(m.corpus_name)
        self.traceparent = ProtobufCRead.string(m.traceparent)
        self.attempt = m.attempt
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__StageTask>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__stage_task__init(c)
        if !self.jobID.isEmpty { c.pointee.job_id = arena.cString(self.jobID) }
        c.pointee.stage = Mesh__Pipeline__V1__Stage(rawValue: UInt32(bitPattern: self.stage.rawValue))
        if !self.url.isEmpty { c.pointee.url = arena.cString(self.url) }
        if !self.corpusName.isEmpty { c.pointee.corpus_name = arena.cString(self.corpusName) }
        if !self.traceparent.isEmpty { c.pointee.traceparent = arena.cString(self.traceparent) }
        c.pointee.attempt = self.attempt
    }
}
