// Generated from mesh/pipeline/v1/membership.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension PipelineV1.CallerContext {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__CallerContext.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__caller_context__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__caller_context__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__caller_context__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__CallerContext>) {
        self.init()
        let m = c.pointee
        self.callerID = ProtobufCRead.string(m.caller_id)
        self.role = MeshV1.CallerRole(rawValue: Int32(bitPattern: m.role.rawValue))
        self.keyID = ProtobufCRead.string(m.key_id)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__CallerContext>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__caller_context__init(c)
        if !self.callerID.isEmpty { c.pointee.caller_id = arena.cString(self.callerID) }
        c.pointee.role = Mesh__V1__CallerRole(rawValue: UInt32(bitPattern: self.role.rawValue))
        if !self.keyID.isEmpty { c.pointee.key_id = arena.cString(self.keyID) }
    }
}

extension PipelineV1.ApiKey {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__ApiKey.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__api_key__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__api_key__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__api_key__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ApiKey>) {
        self.init()
        let m = c.pointee
        self.keyID = ProtobufCRead.string(m.key_id)
        self.callerID = ProtobufCRead.string(m.caller_id)
        self.role = MeshV1.CallerRole(rawValue: Int32(bitPattern: m.role.rawValue))
        self.label = ProtobufCRead.string(m.label)
        self.createdAt = ProtobufCRead.string(m.created_at)
        self.revokedAt = ProtobufCRead.string(m.revoked_at)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ApiKey>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__api_key__init(c)
        if !self.keyID.isEmpty { c.pointee.key_id = arena.cString(self.keyID) }
        if !self.callerID.isEmpty { c.pointee.caller_id = arena.cString(self.callerID) }
        c.pointee.role = Mesh__V1__CallerRole(rawValue: UInt32(bitPattern: self.role.rawValue))
        if !self.label.isEmpty { c.pointee.label = arena.cString(self.label) }
        if !self.createdAt.isEmpty { c.pointee.created_at = arena.cString(self.createdAt) }
        if !self.revokedAt.isEmpty { c.pointee.revoked_at = arena.cString(self.revokedAt) }
    }
}

extension PipelineV1.ValidateKeyRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__ValidateKeyRequest.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__validate_key_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__validate_key_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__validate_key_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ValidateKeyRequest>) {
        self.init()
        let m = c.pointee
        self.apiKey = ProtobufCRead.string(m.api_key)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ValidateKeyRequest>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__validate_key_request__init(c)
        if !self.apiKey.isEmpty { c.pointee.api_key = arena.cString(self.apiKey) }
    }
}

extension PipelineV1.ValidateKeyResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__ValidateKeyResponse.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__validate_key_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__validate_key_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__validate_key_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ValidateKeyResponse>) {
        self.init()
        let m = c.pointee
        self.caller = m.caller.map { PipelineV1.CallerContext($0) }
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ValidateKeyResponse>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__validate_key_response__init(c)
        if let value = self.caller {
            let element = arena.allocate(Mesh__Pipeline__V1__CallerContext.self)
            value.fill(element, arena: &arena)
            c.pointee.caller = element
        }
    }
}

extension PipelineV1.CreateKeyRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__CreateKeyRequest.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__create_key_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__create_key_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__create_key_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__CreateKeyRequest>) {
        self.init()
        let m = c.pointee
        self.role = MeshV1.CallerRole(rawValue: Int32(bitPattern: m.role.rawValue))
        self.callerID = ProtobufCRead.string(m.caller_id)
        self.label = ProtobufCRead.string(m.label)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__CreateKeyRequest>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__create_key_request__init(c)
        c.pointee.role = Mesh__V1__CallerRole(rawValue: UInt32(bitPattern: self.role.rawValue))
        if !self.callerID.isEmpty { c.pointee.caller_id = arena.cString(self.callerID) }
        if !self.label.isEmpty { c.pointee.label = arena.cString(self.label) }
    }
}

extension PipelineV1.CreateKeyResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__CreateKeyResponse.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__create_key_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__create_key_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__create_key_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__CreateKeyResponse>) {
        self.init()
        let m = c.pointee
        self.key = m.key.map { PipelineV1.ApiKey($0) }
        self.apiKey = ProtobufCRead.string(m.api_key)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__CreateKeyResponse>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__create_key_response__init(c)
        if let value = self.key {
            let element = arena.allocate(Mesh__Pipeline__V1__ApiKey.self)
            value.fill(element, arena: &arena)
            c.pointee.key = element
        }
        if !self.apiKey.isEmpty { c.pointee.api_key = arena.cString(self.apiKey) }
    }
}

extension PipelineV1.ListKeysRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__ListKeysRequest.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__list_keys_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__list_keys_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__list_keys_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ListKeysRequest>) {
        self.init()
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ListKeysRequest>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__list_keys_request__init(c)
    }
}

extension PipelineV1.ListKeysResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__ListKeysResponse.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__list_keys_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__list_keys_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__list_keys_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ListKeysResponse>) {
        self.init()
        let m = c.pointee
        self.keys = ProtobufCRead.array(m.keys, count: m.n_keys) { $0.map { PipelineV1.ApiKey($0) } ?? PipelineV1.ApiKey() }
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__ListKeysResponse>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__list_keys_response__init(c)
        if !self.keys.isEmpty {
            let elements = arena.allocateArray(UnsafeMutablePointer<Mesh__Pipeline__V1__ApiKey>?.self, count: self.keys.count)
            for index in self.keys.indices {
                let element = arena.allocate(Mesh__Pipeline__V1__ApiKey.self)
                self.keys[index].fill(element, arena: &arena)
                elements[index] = element
            }
            c.pointee.n_keys = self.keys.count
            c.pointee.keys = elements
        }
    }
}

extension PipelineV1.RevokeKeyRequest {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__RevokeKeyRequest.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__revoke_key_request__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__revoke_key_request__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__revoke_key_request__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__RevokeKeyRequest>) {
        self.init()
        let m = c.pointee
        self.keyID = ProtobufCRead.string(m.key_id)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__RevokeKeyRequest>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__revoke_key_request__init(c)
        if !self.keyID.isEmpty { c.pointee.key_id = arena.cString(self.keyID) }
    }
}

extension PipelineV1.RevokeKeyResponse {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__Pipeline__V1__RevokeKeyResponse.self)
            fill(message, arena: &arena)
            let size = mesh__pipeline__v1__revoke_key_response__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__pipeline__v1__revoke_key_response__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__pipeline__v1__revoke_key_response__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__RevokeKeyResponse>) {
        self.init()
        let m = c.pointee
        self.key = m.key.map { PipelineV1.ApiKey($0) }
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__Pipeline__V1__RevokeKeyResponse>, arena: inout ProtobufCArena) {
        mesh__pipeline__v1__revoke_key_response__init(c)
        if let value = self.key {
            let element = arena.allocate(Mesh__Pipeline__V1__ApiKey.self)
            value.fill(element, arena: &arena)
            c.pointee.key = element
        }
    }
}
