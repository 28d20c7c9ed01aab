/// Request ids and W3C `traceparent` values (https://www.w3.org/TR/trace-context/).
enum TraceContext {
    /// The client's `traceparent` when well-formed (version 00, non-zero ids), else a new root.
    static func traceparent(fromClient value: String?) -> String {
        if let value, isValid(value) { return value.lowercased() }
        return "00-\(randomHex(bytes: 16))-\(randomHex(bytes: 8))-01"
    }

    /// The client's `X-Request-Id` when it is short printable ASCII, else a new random id.
    static func requestID(fromClient value: String?) -> String {
        if let value, !value.isEmpty, value.utf8.count <= 128,
            value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        {
            return value
        }
        return randomHex(bytes: 16)
    }

    static func isValid(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "00", parts[1].utf8.count == 32, parts[2].utf8.count == 16,
            parts[3].utf8.count == 2
        else { return false }
        guard parts.allSatisfy({ $0.utf8.allSatisfy(isHexDigit) }) else { return false }
        return parts[1].contains { $0 != "0" } && parts[2].contains { $0 != "0" }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte) || (0x41...0x46).contains(byte)
    }

    static func randomHex(bytes count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(count * 2)
        for _ in 0..<count {
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
