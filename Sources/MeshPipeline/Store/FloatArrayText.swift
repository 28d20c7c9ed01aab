import Foundation

/// Parses PostgreSQL's text form of a `float4[]` (`{0.1,-2.5e-05,…}`) straight into the index's
/// flat storage. Loading a corpus parses tens of millions of numbers, and building a `String` per
/// number (what generic decoding does) costs more than the database query itself; here each number
/// is copied into a small stack buffer and read with `strtof` (exact IEEE rounding, and it accepts
/// `NaN`/`Infinity` as PostgreSQL writes them).
enum FloatArrayText {
    /// Appends the values of a one-dimensional array without NULLs to `storage`; returns how many,
    /// or nil (leaving `storage` unchanged) if the text is not such an array.
    static func append(_ text: ArraySlice<UInt8>, to storage: inout ContiguousArray<Float>) -> Int? {
        guard text.count >= 2, text.first == UInt8(ascii: "{"), text.last == UInt8(ascii: "}") else { return nil }
        let originalCount = storage.count
        let body = text.dropFirst().dropLast()
        if body.isEmpty { return 0 }
        let parsed: Bool = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            guard let base = buffer.baseAddress else { return false }
            var start = body.startIndex
            while start <= body.endIndex {
                var end = start
                while end < body.endIndex, body[end] != UInt8(ascii: ",") { end += 1 }
                let length = end - start
                guard length > 0, length < 63 else { return false }
                for offset in 0..<length { base[offset] = CChar(bitPattern: body[start + offset]) }
                base[length] = 0
                var stop: UnsafeMutablePointer<CChar>?
                let value = strtof(base, &stop)
                guard let stop, stop == base + length else { return false }
                storage.append(value)
                start = end + 1
            }
            return true
        }
        guard parsed else {
            storage.removeSubrange(originalCount...)
            return nil
        }
        return storage.count - originalCount
    }
}
