// Generated from mesh/pipeline/v1/orchestrator.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension PipelineV1.SubmitJobRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__SubmitJobRequest.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__submit_job_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__submit_job_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__submit_job_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__SubmitJobRequest>) {
        self.init()
        let m = c.pointee
        self.url = ProtobufCRead.string(m.url)
        self.corpusName = ProtobufCRead.string(m.corpus_name)
        self.jobID = ProtobufCRead.string(m.job_id)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__SubmitJobRequest>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__submit_job_request__init(c)
        if !self.url.isEmpty { c.pointee.url = arena.cString(self.url) }
        if !self.corpusName.isEmpty { c.pointee.corpus_name = arena.cString(self.corpusName) }
        if !self.jobID.isEmpty { c.pointee.job_id = arena.cString(self.jobID) }
    }
}

extension PipelineV1.SubmitJobResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__SubmitJobResponse.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__submit_job_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__submit_job_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__submit_job_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__SubmitJobResponse>) {
        self.init()
        let m = c.pointee
        self.job = m.job.map { PipelineV1.Job($0) }
        self.created = ProtobufCRead.bool(m.created)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__SubmitJobResponse>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__submit_job_response__init(c)
        if let value = self.job {
            let element = arena.allocate(Mesh__Pipeline__V1__Job.self)
            value.fill(element, arena: &arena)
            c.pointee.job = element
        }
        c.pointee.created = self.created ? 1 : 0
    }
}

extension PipelineV1.GetJobRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__GetJobRequest.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__get_job_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__get_job_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__get_job_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__GetJobRequest>) {
        self.init()
        let m = c.pointee
        self.jobID = ProtobufCRead.string(m.job_id)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__GetJobRequest>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__get_job_request__init(c)
        if !self.jobID.isEmpty { c.pointee.job_id = arena.cString(self.jobID) }
    }
}

extension PipelineV1.ListJobsRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__ListJobsRequest.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__list_jobs_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__list_jobs_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__list_jobs_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ListJobsRequest>) {
        self.init()
        let m = c.pointee
        self.status = PipelineV1.JobStatus(rawValue: Int32(bitPattern: m.status.rawValue))
        self.limit = m.limit
        self.cursor = ProtobufCRead.string(m.cursor)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ListJobsRequest>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__list_jobs_request__init(c)
        c.pointee.status = Mesh__Pipeline__V1__JobStatus(rawValue: UInt32(bitPattern: self.status.rawValue))
        c.pointee.limit = self.limit
        if !self.cursor.isEmpty { c.pointee.cursor = arena.cString(self.cursor) }
    }
}

extension PipelineV1.ListJobsResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__ListJobsResponse.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__list_jobs_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__list_jobs_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__list_jobs_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ListJobsResponse>) {
        self.init()
        let m = c.pointee
        self.jobs = ProtobufCRead.array(m.jobs, count: m.n_jobs) { $0.map { PipelineV1.Job($0) } ?? PipelineV1.Job() }
        self.nextCursor = ProtobufCRead.string(m.next_cursor)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ListJobsResponse>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__list_jobs_response__init(c)
        if !self.jobs.isEmpty {
            let elements = arena.allocateArray(UnsafeMutablePointer<Mesh__Pipeline__V1__Job>?.self, count: self.jobs.count)
            for index in self.jobs.indices {
                let element = arena.allocate(Mesh__Pipeline__V1__Job.self)
                self.jobs[index].fill(element, arena: &arena)
                elements[index] = element
            }
            c.pointee.n_jobs = self.jobs.count
            c.pointee.jobs = elements
        }
        if !self.nextCursor.isEmpty { c.pointee.next_cursor = arena.cString(self.nextCursor) }
    }
}

extension PipelineV1.WatchJobRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__WatchJobRequest.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__watch_job_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__watch_job_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__watch_job_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__WatchJobRequest>) {
        self.init()
        let m = c.pointee
        self.jobID = ProtobufCRead.string(m.job_id)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__WatchJobRequest>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__watch_job_request__init(c)
        if !self.jobID.isEmpty { c.pointee.job_id = arena.cString(self.jobID) }
    }
}

extension PipelineV1.JobEvent {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__JobEvent.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__job_event__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__job_event__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__job_event__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__JobEvent>) {
        self.init()
        let m = c.pointee
        self.job = m.job.map { PipelineV1.Job($0) }
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__JobEvent>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__job_event__init(c)
        if let value = self.job {
            let element = arena.allocate(Mesh__Pipeline__V1__Job.self)
            value.fill(element, arena: &arena)
            c.pointee.job = element
        }
    }
}

extension PipelineV1.CompleteStageRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__CompleteStageRequest.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__complete_stage_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__complete_stage_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__complete_stage_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__CompleteStageRequest>) {
        self.init()
        let m = c.pointee
        self.jobID = ProtobufCRead.string(m.job_id)
        self.stage = PipelineV1.Stage(rawValue: Int32(bitPattern: m.stage.rawValue))
        self.status = PipelineV1.StageOutcome(rawValue: Int32(bitPattern: m.status.rawValue))
        self.errorCode = ProtobufCRead.string(m.error_code)
        self.errorMessage = ProtobufCRead.string(m.error_message)
        self.chunkCount = m.chunk_count
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__CompleteStageRequest>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__complete_stage_request__init(c)
        if !self.jobID.isEmpty { c.pointee.job_id = arena.cString(self.jobID) }
        c.pointee.stage = Mesh__Pipeline__V1__Stage(rawValue: UInt32(bitPattern: self.stage.rawValue))
        c.pointee.status = Mesh__Pipeline__V1__StageOutcome(rawValue: UInt32(bitPattern: self.status.rawValue))
        if !self.errorCode.isEmpty { c.pointee.error_code = arena.cString(self.errorCode) }
        if !self.errorMessage.isEmpty { c.pointee.error_message = arena.cString(self.errorMessage) }
        c.pointee.chunk_count = self.chunkCount
    }
}

extension PipelineV1.CompleteStageResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__CompleteStageResponse.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__complete_stage_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__complete_stage_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__complete_stage_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__CompleteStageResponse>) {
        self.init()
        let m = c.pointee
        self.status = PipelineV1.CompletionResult(rawValue: Int32(bitPattern: m.status.rawValue))
        self.job = m.job.map { PipelineV1.Job($0) }
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__CompleteStageResponse>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__complete_stage_response__init(c)
        c.pointee.status = Mesh__Pipeline__V1__CompletionResult(rawValue: UInt32(bitPattern: self.status.rawValue))
        if let value = self.job {
            let element = arena.allocate(Mesh__Pipeline__V1__Job.self)
            value.fill(element, arena: &arena)
            c.pointee.job = element
        }
    }
}
