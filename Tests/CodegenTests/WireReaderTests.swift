import Testing

@testable import MeshCodegen

@Suite("Descriptor wire reader")
struct WireReaderTests {
    @Test func readsVarintsStringsAndNestedMessages() throws {
        // field 1 varint 300, field 2 string "hi", field 3 message { field 1 varint 1 }
        let bytes: [UInt8] = [0x08, 0xAC, 0x02, 0x12, 0x02, 0x68, 0x69, 0x1A, 0x02, 0x08, 0x01]
        let fields = try ProtoWireReader.fields(of: bytes[...])
        #expect(fields.map(\.number) == [1, 2, 3])
        #expect(fields[0].value.int == 300)
        #expect(fields[1].value.string == "hi")
        #expect(try ProtoWireReader.fields(of: fields[2].value.message).first?.value.int == 1)
    }

    @Test func rejectsTruncatedInput() {
        #expect(throws: DescriptorError.self) { try ProtoWireReader.fields(of: [0x12, 0x05, 0x68][...]) }
        #expect(throws: DescriptorError.self) { try ProtoWireReader.fields(of: [0x08, 0xFF][...]) }
    }

    @Test func readsPackedRepeatedInts() {
        let value = ProtoWireReader.WireValue.lengthDelimited([0x01, 0x96, 0x01, 0x03][...])
        #expect(value.packedInts == [1, 150, 3])
    }
}
