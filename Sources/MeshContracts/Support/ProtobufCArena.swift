internal import CMeshProtos
internal import CProtobufC
import Glibc
import MeshCore

/// Memory for one encode or decode: the C message structs, strings and arrays libprotobuf-c works on.
///
/// Bump-allocated: the first block lives on the stack, later ones (big messages) are malloc'ed, each
/// twice the size of the last, and everything is released at once when the arena ends. So building
/// or unpacking a C message costs no malloc for small messages and a handful for large ones, and
/// nothing walks the message tree to free it.
struct ProtobufCArena: ~Copyable {
    private var cursor: UnsafeMutableRawPointer
    private var remaining: Int
    /// The most recent heap block; each heap block starts with a pointer to the one before.
    private var heapBlocks: UnsafeMutableRawPointer?
    private var nextBlockSize: Int

    private init(firstBlock: UnsafeMutableRawBufferPointer) {
        // A temporary allocation always has a base address, even when empty.
        cursor = firstBlock.baseAddress ?? UnsafeMutableRawPointer(bitPattern: 16).unsafelyUnwrapped
        remaining = firstBlock.count
        heapBlocks = nil
        nextBlockSize = max(4096, firstBlock.count * 2)
    }

    deinit {
        var block = heapBlocks
        while let current = block {
            block = current.load(as: UnsafeMutableRawPointer?.self)
            free(current)
        }
    }

    private static let stackBytes = 2048

    /// Runs `body` with an arena that lives exactly as long as the call.
    static func with<Result>(_ body: (inout ProtobufCArena) -> Result) -> Result {
        withUnsafeTemporaryAllocation(byteCount: stackBytes, alignment: 16) { stack in
            var arena = ProtobufCArena(firstBlock: stack)
            return body(&arena)
        }
    }

    /// Runs `body` with a libprotobuf-c allocator that bump-allocates in a fresh arena, so unpacking
    /// needs no `__free_unpacked`. Whatever `body` unpacked must not outlive the call.
    static func withUnpackAllocator<Result>(_ body: (UnsafeMutablePointer<ProtobufCAllocator>) -> Result) -> Result {
        with { arena in
            withUnsafeMutablePointer(to: &arena) { arenaPointer in
                var allocator = ProtobufCAllocator(
                    alloc: { data, size in
                        guard let data else { return nil }
                        return data.assumingMemoryBound(to: ProtobufCArena.self).pointee
                            .allocateRaw(byteCount: max(size, 1), alignment: 16)
                    },
                    free: { _, _ in },
                    allocator_data: UnsafeMutableRawPointer(arenaPointer))
                return withUnsafeMutablePointer(to: &allocator) { body($0) }
            }
        }
    }

    mutating func allocateRaw(byteCount: Int, alignment: Int) -> UnsafeMutableRawPointer {
        let padding = (alignment - Int(bitPattern: cursor) % alignment) % alignment
        if padding + byteCount > remaining { grow(atLeast: byteCount + alignment) }
        let aligned = (alignment - Int(bitPattern: cursor) % alignment) % alignment
        let start = cursor + aligned
        cursor = start + byteCount
        remaining -= aligned + byteCount
        return start
    }

    private mutating func grow(atLeast byteCount: Int) {
        let header = MemoryLayout<UnsafeMutableRawPointer?>.stride
        let size = max(nextBlockSize, byteCount + header)
        nextBlockSize = min(size * 2, 1 << 22)
        guard let block = malloc(size) else { preconditionFailure("out of memory allocating \(size) bytes") }
        block.storeBytes(of: heapBlocks, as: UnsafeMutableRawPointer?.self)
        heapBlocks = block
        cursor = block + header
        remaining = size - header
    }

    /// Uninitialized storage for one C struct; the caller runs protoc-c's `__init` on it.
    mutating func allocate<T>(_ type: T.Type) -> UnsafeMutablePointer<T> {
        allocateRaw(byteCount: MemoryLayout<T>.stride, alignment: MemoryLayout<T>.alignment)
            .bindMemory(to: T.self, capacity: 1)
    }

    /// Uninitialized storage for `count` values; the caller initializes every element.
    mutating func allocateArray<T>(_ type: T.Type, count: Int) -> UnsafeMutablePointer<T> {
        allocateRaw(byteCount: MemoryLayout<T>.stride * count, alignment: MemoryLayout<T>.alignment)
            .bindMemory(to: T.self, capacity: count)
    }

    /// A NUL-terminated copy of `text`. (protobuf-c strings are C strings, so U+0000 cannot be carried.)
    mutating func cString(_ text: String) -> UnsafeMutablePointer<CChar> {
        var text = text
        return text.withUTF8 { utf8 in
            let storage = allocateRaw(byteCount: utf8.count + 1, alignment: 1).bindMemory(
                to: CChar.self, capacity: utf8.count + 1)
            if let base = utf8.baseAddress {
                UnsafeMutableRawPointer(storage).copyMemory(from: base, byteCount: utf8.count)
            }
            storage[utf8.count] = 0
            return storage
        }
    }

    /// A copy of `bytes` as protobuf-c binary data.
    mutating func binary(_ bytes: [UInt8]) -> ProtobufCBinaryData {
        guard !bytes.isEmpty else { return ProtobufCBinaryData(len: 0, data: nil) }
        let storage = allocateRaw(byteCount: bytes.count, alignment: 1)
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { storage.copyMemory(from: base, byteCount: bytes.count) }
        }
        return ProtobufCBinaryData(len: bytes.count, data: storage.assumingMemoryBound(to: UInt8.self))
    }
}

/// Reading values out of an unpacked protobuf-c message.
enum ProtobufCRead {
    static func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    static func bytes(_ data: ProtobufCBinaryData) -> [UInt8] {
        guard data.len > 0, let base = data.data else { return [] }
        return Array(UnsafeBufferPointer(start: base, count: data.len))
    }

    static func array<C, T>(_ base: UnsafeMutablePointer<C>?, count: Int, _ transform: (C) -> T) -> [T] {
        guard count > 0, let base else { return [] }
        var result: [T] = []
        result.reserveCapacity(count)
        for index in 0..<count { result.append(transform(base[index])) }
        return result
    }

    static func bool(_ value: protobuf_c_boolean) -> Bool { value != 0 }
}

extension RPCError {
    /// What decoding a malformed protobuf body throws: the caller sent bad bytes.
    static func malformedMessage(_ messageName: String) -> RPCError {
        RPCError(code: .invalidArgument, message: "malformed \(messageName)", reason: "malformed_message")
    }
}
