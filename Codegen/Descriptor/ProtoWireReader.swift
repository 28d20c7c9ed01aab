/// Reads the protobuf wire format: just enough to decode the `FileDescriptorSet` that protoc writes.
///
/// The generator reads descriptors itself rather than through generated code, so it has no bootstrap
/// dependency on its own output.
struct ProtoWireReader {
    enum WireValue {
        case varint(UInt64)
        case fixed64(UInt64)
        case lengthDelimited(ArraySlice<UInt8>)
        case fixed32(UInt32)
    }

    struct Field {
        var number: Int
        var value: WireValue
    }

    private let bytes: ArraySlice<UInt8>
    private var index: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.index = bytes.startIndex
    }

    /// Every field of the message, in wire order.
    static func fields(of bytes: ArraySlice<UInt8>) throws(DescriptorError) -> [Field] {
        var reader = ProtoWireReader(bytes)
        var fields: [Field] = []
        while let field = try reader.nextField() { fields.append(field) }
        return fields
    }

    private mutating func nextField() throws(DescriptorError) -> Field? {
        guard index < bytes.endIndex else { return nil }
        let key = try readVarint()
        let number = Int(key >> 3)
        switch key & 7 {
        case 0: return Field(number: number, value: .varint(try readVarint()))
        case 1: return Field(number: number, value: .fixed64(try readFixed(8)))
        case 2:
            let length = Int(try readVarint())
            guard length >= 0, index + length <= bytes.endIndex else { throw .malformed("length past the end") }
            defer { index += length }
            return Field(number: number, value: .lengthDelimited(bytes[index..<index + length]))
        case 5: return Field(number: number, value: .fixed32(UInt32(try readFixed(4))))
        default: throw .malformed("unsupported wire type \(key & 7)")
        }
    }

    private mutating func readVarint() throws(DescriptorError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.endIndex, shift < 64 {
            let byte = bytes[index]
            index += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
        throw .malformed("truncated varint")
    }

    private mutating func readFixed(_ width: Int) throws(DescriptorError) -> UInt64 {
        guard index + width <= bytes.endIndex else { throw .malformed("truncated fixed-width value") }
        var result: UInt64 = 0
        for offset in 0..<width { result |= UInt64(bytes[index + offset]) << (8 * UInt64(offset)) }
        index += width
        return result
    }
}

extension ProtoWireReader.WireValue {
    var string: String {
        guard case .lengthDelimited(let slice) = self else { return "" }
        return String(decoding: slice, as: UTF8.self)
    }

    var message: ArraySlice<UInt8> {
        guard case .lengthDelimited(let slice) = self else { return [] }
        return slice
    }

    var int: Int {
        guard case .varint(let value) = self else { return 0 }
        return Int(truncatingIfNeeded: Int64(bitPattern: value))
    }

    var bool: Bool { int != 0 }

    /// Repeated int32 values, packed or not.
    var packedInts: [Int] {
        switch self {
        case .varint: return [int]
        case .lengthDelimited(let slice):
            var values: [Int] = []
            var reader = slice.makeIterator()
            var current: UInt64 = 0
            var shift: UInt64 = 0
            while let byte = reader.next() {
                current |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 {
                    values.append(Int(truncatingIfNeeded: Int64(bitPattern: current)))
                    current = 0
                    shift = 0
                } else {
                    shift += 7
                }
            }
            return values
        default: return []
        }
    }
}

/// The descriptor set, or an option in it, could not be read.
enum DescriptorError: Error, CustomStringConvertible {
    case malformed(String)

    var description: String {
        switch self {
        case .malformed(let detail): "malformed descriptor set: \(detail)"
        }
    }
}
