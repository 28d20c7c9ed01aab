import MeshContracts
import MeshCore
import NIOCore

/// Splits the byte stream into frames: `length:uint32 big-endian | body:length bytes`.
///
/// The length is checked as soon as its four bytes arrive: 0 or more than `maxFrameBytes` is a
/// connection error, so a peer can never make us buffer more than `maxFrameBytes` for one frame.
struct FrameDecoder: ByteToMessageDecoder {
    typealias InboundOut = MeshV1.Frame

    let maxFrameBytes: Int

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let frame = try Self.nextFrame(from: &buffer, maxFrameBytes: maxFrameBytes) else { return .needMoreData }
        context.fireChannelRead(wrapInboundOut(frame))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws
        -> DecodingState
    {
        try decode(context: context, buffer: &buffer)
    }

    /// The next complete frame in `buffer`, nil if more bytes are needed; throws `FrameError` on a bad length or body.
    static func nextFrame(from buffer: inout ByteBuffer, maxFrameBytes: Int) throws(FrameError) -> MeshV1.Frame? {
        guard let length = buffer.getInteger(at: buffer.readerIndex, as: UInt32.self) else { return nil }
        guard length > 0 else { throw .emptyFrame }
        guard length <= maxFrameBytes else { throw .frameTooLarge(length: Int(length), limit: maxFrameBytes) }
        guard buffer.readableBytes >= 4 + Int(length),
            let body = buffer.viewBytes(at: buffer.readerIndex + 4, length: Int(length))
        else { return nil }
        // Unpacked straight from the buffer's storage: no copy of the body.
        let frame: MeshV1.Frame
        do {
            frame = try MeshV1.Frame(serializedBytesOf: body)
        } catch {
            throw .malformedFrame
        }
        buffer.moveReaderIndex(forwardBy: 4 + Int(length))
        return frame
    }
}

/// Writes frames with their length prefix.
///
/// The payload (field 6, `bytes`) is appended after the rest of the frame, which libprotobuf-c packs:
/// protobuf allows fields in any order, and this writes the payload once instead of copying it into
/// the C message and again out of the packed bytes.
struct FrameEncoder: MessageToByteEncoder {
    typealias OutboundIn = MeshV1.Frame

    func encode(data frame: MeshV1.Frame, out: inout ByteBuffer) throws {
        var header = frame
        header.payload = []
        let packed = header.serializedBytes()
        let payloadCount = frame.payload.count
        let payloadField = payloadCount == 0 ? 0 : 1 + Self.varintSize(payloadCount) + payloadCount
        out.reserveCapacity(out.writerIndex + 4 + packed.count + payloadField)
        out.writeInteger(UInt32(packed.count + payloadField))
        out.writeBytes(packed)
        if payloadCount > 0 {
            out.writeInteger(UInt8(6 << 3 | 2))  // field 6, length-delimited
            var remaining = UInt64(payloadCount)
            while remaining >= 0x80 {
                out.writeInteger(UInt8(truncatingIfNeeded: remaining) | 0x80)
                remaining >>= 7
            }
            out.writeInteger(UInt8(remaining))
            out.writeBytes(frame.payload)
        }
    }

    static func varintSize(_ value: Int) -> Int {
        var size = 1
        var remaining = UInt64(value) >> 7
        while remaining > 0 {
            size += 1
            remaining >>= 7
        }
        return size
    }
}

/// A connection-level protocol violation by the peer.
enum FrameError: Error, Hashable, CustomStringConvertible {
    case emptyFrame
    case frameTooLarge(length: Int, limit: Int)
    case malformedFrame

    var description: String {
        switch self {
        case .emptyFrame: "a frame with length 0"
        case .frameTooLarge(let length, let limit): "a frame of \(length) bytes, above the limit of \(limit)"
        case .malformedFrame: "a frame body that is not a mesh.v1.Frame"
        }
    }

    /// The status sent in the GOAWAY before closing.
    var status: MeshV1.Status {
        switch self {
        case .frameTooLarge, .emptyFrame:
            MeshV1.Status(code: .resourceExhausted, message: description, reason: "frame_size")
        case .malformedFrame:
            MeshV1.Status(code: .invalidArgument, message: description, reason: "malformed_frame")
        }
    }
}

extension MeshV1.Frame {
    /// A connection-level GOAWAY carrying `status`.
    static func goAway(_ status: MeshV1.Status) -> MeshV1.Frame {
        MeshV1.Frame(callID: 0, kind: .goaway, status: status)
    }
}

extension MeshV1.Status {
    init(_ error: RPCError) {
        self.init(code: MeshV1.StatusCode(rawValue: error.code.rawValue), message: error.message, reason: error.reason)
    }

    var rpcError: RPCError {
        RPCError(code: StatusCode(rawValue: code.rawValue), message: message, reason: reason)
    }
}

extension Metadata {
    init(_ entries: [MeshV1.MetadataEntry]) {
        self.init(entries.map { ($0.key, $0.value) })
    }

    var entries: [MeshV1.MetadataEntry] {
        map { MeshV1.MetadataEntry(key: $0.key, value: $0.value) }
    }
}
