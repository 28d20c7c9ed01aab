// Generated from mesh/v1/options.proto by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

internal import CMeshProtos
internal import CProtobufC
import MeshCore

extension MeshV1.HeaderBinding {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__V1__HeaderBinding.self)
            fill(message, arena: &arena)
            let size = mesh__v1__header_binding__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__v1__header_binding__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__v1__header_binding__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__V1__HeaderBinding>) {
        self.init()
        let m = c.pointee
        self.header = ProtobufCRead.string(m.header)
        self.field = ProtobufCRead.string(m.field)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__V1__HeaderBinding>, arena: inout ProtobufCArena) {
        mesh__v1__header_binding__init(c)
        if !self.header.isEmpty { c.pointee.header = arena.cString(self.header) }
        if !self.field.isEmpty { c.pointee.field = arena.cString(self.field) }
    }
}

extension MeshV1.HttpRule {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__V1__HttpRule.self)
            fill(message, arena: &arena)
            let size = mesh__v1__http_rule__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__v1__http_rule__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__v1__http_rule__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__V1__HttpRule>) {
        self.init()
        let m = c.pointee
        self.method = ProtobufCRead.string(m.method)
        self.path = ProtobufCRead.string(m.path)
        self.body = ProtobufCRead.string(m.body)
        self.responseBody = ProtobufCRead.string(m.response_body)
        self.successStatus = m.success_status
        self.successStatusIf = ProtobufCRead.string(m.success_status_if)
        self.serverSentEvents = ProtobufCRead.bool(m.server_sent_events)
        self.responseHeaders = ProtobufCRead.array(m.response_headers, count: m.n_response_headers) { $0.map { MeshV1.HeaderBinding($0) } ?? MeshV1.HeaderBinding() }
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__V1__HttpRule>, arena: inout ProtobufCArena) {
        mesh__v1__http_rule__init(c)
        if !self.method.isEmpty { c.pointee.method = arena.cString(self.method) }
        if !self.path.isEmpty { c.pointee.path = arena.cString(self.path) }
        if !self.body.isEmpty { c.pointee.body = arena.cString(self.body) }
        if !self.responseBody.isEmpty { c.pointee.response_body = arena.cString(self.responseBody) }
        c.pointee.success_status = self.successStatus
        if !self.successStatusIf.isEmpty { c.pointee.success_status_if = arena.cString(self.successStatusIf) }
        c.pointee.server_sent_events = self.serverSentEvents ? 1 : 0
        if !self.responseHeaders.isEmpty {
            let elements = arena.allocateArray(UnsafeMutablePointer<Mesh__V1__HeaderBinding>?.self, count: self.responseHeaders.count)
            for index in self.responseHeaders.indices {
                let element = arena.allocate(Mesh__V1__HeaderBinding.self)
                self.responseHeaders[index].fill(element, arena: &arena)
                elements[index] = element
            }
            c.pointee.n_response_headers = self.responseHeaders.count
            c.pointee.response_headers = elements
        }
    }
}

extension MeshV1.MethodOptions {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__V1__MethodOptions.self)
            fill(message, arena: &arena)
            let size = mesh__v1__method_options__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__v1__method_options__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__v1__method_options__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__V1__MethodOptions>) {
        self.init()
        let m = c.pointee
        self.http = m.http.map { MeshV1.HttpRule($0) }
        self.idempotent = ProtobufCRead.bool(m.idempotent)
        self.allowedRoles = ProtobufCRead.array(m.allowed_roles, count: m.n_allowed_roles) { MeshV1.CallerRole(rawValue: Int32(bitPattern: $0.rawValue)) }
        self.internalOnly = ProtobufCRead.bool(m.internal_only)
        self.public = ProtobufCRead.bool(m.public_)
        self.summary = ProtobufCRead.string(m.summary)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__V1__MethodOptions>, arena: inout ProtobufCArena) {
        mesh__v1__method_options__init(c)
        if let value = self.http {
            let element = arena.allocate(Mesh__V1__HttpRule.self)
            value.fill(element, arena: &arena)
            c.pointee.http = element
        }
        c.pointee.idempotent = self.idempotent ? 1 : 0
        if !self.allowedRoles.isEmpty {
            let elements = arena.allocateArray(Mesh__V1__CallerRole.self, count: self.allowedRoles.count)
            for index in self.allowedRoles.indices {
                elements[index] = Mesh__V1__CallerRole(rawValue: UInt32(bitPattern: self.allowedRoles[index].rawValue))
            }
            c.pointee.n_allowed_roles = self.allowedRoles.count
            c.pointee.allowed_roles = elements
        }
        c.pointee.internal_only = self.internalOnly ? 1 : 0
        c.pointee.public_ = self.public ? 1 : 0
        if !self.summary.isEmpty { c.pointee.summary = arena.cString(self.summary) }
    }
}

extension MeshV1.FieldRules {
    public func serializedBytes() -> [UInt8] {
        ProtobufCArena.with { arena in
            let message = arena.allocate(Mesh__V1__FieldRules.self)
            fill(message, arena: &arena)
            let size = mesh__v1__field_rules__get_packed_size(message)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = mesh__v1__field_rules__pack(message, buffer.baseAddress)
            }
        }
    }

    public init(serializedBytes bytes: [UInt8]) throws(RPCError) {
        try self.init(serializedBytesOf: bytes)
    }

    public init<Bytes: Collection<UInt8>>(serializedBytesOf bytes: Bytes) throws(RPCError) {
        let decoded: Self?? = bytes.withContiguousStorageIfAvailable { buffer in
            ProtobufCArena.withUnpackAllocator { allocator in
                mesh__v1__field_rules__unpack(allocator, buffer.count, buffer.baseAddress).map { Self($0) }
            }
        }
        guard let decoded else {
            try self.init(serializedBytesOf: Array(bytes))
            return
        }
        guard let decoded else { throw RPCError.malformedMessage(Self.protoMessageName) }
        self = decoded
    }

    init(_ c: UnsafeMutablePointer<Mesh__V1__FieldRules>) {
        self.init()
        let m = c.pointee
        self.required = ProtobufCRead.bool(m.required)
    }

    func fill(_ c: UnsafeMutablePointer<Mesh__V1__FieldRules>, arena: inout ProtobufCArena) {
        mesh__v1__field_rules__init(c)
        c.pointee.required = self.required ? 1 : 0
    }
}
