internal import CMeshProtos
internal import CProtobufC
import Glibc
import MeshCore

/// Memory for one encode: the C message structs, strings and arrays that libprotobuf-c packs from.
/// Everything is bump-allocated in a few blocks and freed together when the arena goes away, so
/// building a C message costs a handful of mallocs however many fields it has.
final class ProtobufCArena {
    private var blocks: [UnsafeMutableRawPointer] = []
    private var cursor: UnsafeMutableRawPointer?
    private var remaining = 0
    private static let blockSize = 8192

    init() {}

    deinit {
        for block in blocks { free(block) }
    }

    /// Runs `body` with a fresh arena that lives exactly as long as the call.
    static func with<Result>(_ body: (ProtobufCArena) -> Result) -> Result {
        let arena = ProtobufCArena()
        return withExtendedLifetime(arena) { body(arena) }
    }

    private func allocateRaw(byteCount: Int, alignment: Int) -> UnsafeMutableRawPointer {
        if let cursor {
            let padding = (alignment - Int(bitPattern: cursor) % alignment) % alignment
            if padding + byteCount <= remaining {
                let start = cursor + padding
                self.cursor = start + byteCount
                remaining -= padding + byteCount
                return start
            }
        }
        let size = max(Self.blockSize, byteCount + alignment)
        guard let block = malloc(size) else { preconditionFailure("out of memory allocating \(size) bytes") }
        blocks.append(block)
        let padding = (alignment - Int(bitPattern: block) % alignment) % alignment
        let start = block + padding
        cursor = start + byteCount
        remaining = size - padding - byteCount
        return start
    }

    /// Uninitialized storage for one C struct; the caller runs protoc-c's `__init` on it.
    func allocate<T>(_ type: T.Type) -> UnsafeMutablePointer<T> {
        allocateRaw(byteCount: MemoryLayout<T>.stride, alignment: MemoryLayout<T>.alignment)
            .bindMemory(to: T.self, capacity: 1)
    }

    /// Storage for `count` values, each produced by `element`.
    func array<T>(count: Int, _ element: (Int) -> T) -> UnsafeMutablePointer<T>? {
        guard count > 0 else { return nil }
        let storage = allocateRaw(byteCount: MemoryLayout<T>.stride * count, alignment: MemoryLayout<T>.alignment)
            .bindMemory(to: T.self, capacity: count)
        for index in 0..<count { (storage + index).initialize(to: element(index)) }
        return storage
    }

    /// A NUL-terminated copy of `text`. (protobuf-c strings are C strings, so U+0000 cannot be carried.)
    func cString(_ text: String) -> UnsafeMutablePointer<CChar> {
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
    func binary(_ bytes: [UInt8]) -> ProtobufCBinaryData {
        guard !bytes.isEmpty else { return ProtobufCBinaryData(len: 0, data: nil) }
        let storage = allocateRaw(byteCount: bytes.count, alignment: 1).bindMemory(to: UInt8.self, capacity: bytes.count)
        bytes.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { storage.update(from: base, count: bytes.count) }
        }
        return ProtobufCBinaryData(len: bytes.count, data: storage)
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
