import struct Foundation.Date

/// PostgreSQL's text representations of the types we send and decode. Pure functions, no I/O.
enum PostgresTextFormat {
    // MARK: timestamptz

    /// `2024-01-02T03:04:05.123456Z`: ISO 8601 in UTC, microsecond precision (PostgreSQL's resolution).
    static func formatTimestamp(_ date: Date) -> String {
        let micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        let (seconds, fraction) = floorDivMod(micros, 1_000_000)
        let (days, secondOfDay) = floorDivMod(seconds, 86_400)
        let (year, month, day) = civil(fromDays: days)
        var text = ""
        text.reserveCapacity(32)
        text += padded(year > 0 ? year : 1 - year, 4)
        text += "-" + padded(month, 2) + "-" + padded(day, 2)
        text += "T" + padded(secondOfDay / 3600, 2) + ":" + padded(secondOfDay / 60 % 60, 2)
        text += ":" + padded(secondOfDay % 60, 2) + "." + padded(fraction, 6) + "Z"
        if year <= 0 { text += " BC" }
        return text
    }

    /// Parses `YYYY-MM-DD HH:MM:SS[.ffffff][±HH[:MM[:SS]]][ BC]` (DateStyle ISO). Without an offset
    /// (a `timestamp` column) the value is taken as UTC.
    static func parseTimestamp(_ bytes: ArraySlice<UInt8>) -> Date? {
        var cursor = Cursor(bytes)
        guard let year = cursor.number(minDigits: 4, maxDigits: 7), cursor.take(UInt8(ascii: "-")),
              let month = cursor.number(minDigits: 2, maxDigits: 2), cursor.take(UInt8(ascii: "-")),
              let day = cursor.number(minDigits: 2, maxDigits: 2),
              cursor.take(UInt8(ascii: " ")) || cursor.take(UInt8(ascii: "T")),
              let hour = cursor.number(minDigits: 2, maxDigits: 2), cursor.take(UInt8(ascii: ":")),
              let minute = cursor.number(minDigits: 2, maxDigits: 2), cursor.take(UInt8(ascii: ":")),
              let second = cursor.number(minDigits: 2, maxDigits: 2),
              (1...12).contains(month), (1...31).contains(day), hour < 25, minute < 60, second < 61
        else { return nil }
        var micros: Int64 = 0
        if cursor.take(UInt8(ascii: ".")) {
            var digits = 0
            while let digit = cursor.digit() {
                if digits < 6 { micros = micros * 10 + Int64(digit) }
                digits += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 6) { micros *= 10 }
        }
        var offsetSeconds: Int64 = 0
        if let sign = cursor.peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            cursor.advance()
            guard let hours = cursor.number(minDigits: 2, maxDigits: 2) else { return nil }
            offsetSeconds = hours * 3600
            if cursor.take(UInt8(ascii: ":")) {
                guard let minutes = cursor.number(minDigits: 2, maxDigits: 2) else { return nil }
                offsetSeconds += minutes * 60
                if cursor.take(UInt8(ascii: ":")) {
                    guard let seconds = cursor.number(minDigits: 2, maxDigits: 2) else { return nil }
                    offsetSeconds += seconds
                }
            }
            if sign == UInt8(ascii: "-") { offsetSeconds = -offsetSeconds }
        } else if cursor.take(UInt8(ascii: "Z")) {
            offsetSeconds = 0
        }
        var civilYear = year
        if cursor.takeLiteral(" BC") { civilYear = 1 - year }
        guard cursor.isAtEnd else { return nil }
        let days = daysFromCivil(year: civilYear, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + Double(micros) / 1_000_000)
    }

    // MARK: numbers and arrays

    /// float8 text: Swift's shortest round-trip form, with PostgreSQL's spelling of the special values.
    static func formatDouble(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return value.description
    }

    static func formatFloat(_ value: Float) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return value.description
    }

    /// `{1,2.5,-3e-07}`
    static func formatFloatArray(_ values: [Float]) -> String {
        "{" + values.map(formatFloat).joined(separator: ",") + "}"
    }

    static func parseDouble(_ bytes: ArraySlice<UInt8>) -> Double? {
        switch String(decoding: bytes, as: UTF8.self) {
        case "NaN": .nan
        case "Infinity": .infinity
        case "-Infinity": -.infinity
        case let text: Double(text)
        }
    }

    static func parseFloat(_ bytes: ArraySlice<UInt8>) -> Float? {
        switch String(decoding: bytes, as: UTF8.self) {
        case "NaN": .nan
        case "Infinity": .infinity
        case "-Infinity": -.infinity
        case let text: Float(text)
        }
    }

    /// Parses a one-dimensional numeric array `{1,2.5,NaN}`; NULL elements are rejected.
    static func parseNumberArray<T>(_ bytes: ArraySlice<UInt8>, element: (ArraySlice<UInt8>) -> T?) -> [T]? {
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "{"), bytes.last == UInt8(ascii: "}") else { return nil }
        let body = bytes.dropFirst().dropLast()
        if body.isEmpty { return [] }
        var values: [T] = []
        for part in body.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            guard let value = element(part) else { return nil }
            values.append(value)
        }
        return values
    }

    // MARK: bytea

    /// Decodes bytea's hex output `\x00ff…`.
    static func parseByteaHex(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        guard bytes.count >= 2, bytes.count % 2 == 0,
              bytes.first == UInt8(ascii: "\\"), bytes[bytes.startIndex + 1] == UInt8(ascii: "x")
        else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count / 2 - 1)
        var index = bytes.startIndex + 2
        while index < bytes.endIndex {
            guard let high = hexValue(bytes[index]), let low = hexValue(bytes[index + 1]) else { return nil }
            result.append(high << 4 | low)
            index += 2
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    // MARK: integers

    static func parseInt(_ bytes: ArraySlice<UInt8>) -> Int? {
        Int(String(decoding: bytes, as: UTF8.self))
    }

    // MARK: calendar arithmetic (proleptic Gregorian, Howard Hinnant's algorithms)

    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func floorDivMod(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        var quotient = value / divisor
        var remainder = value % divisor
        if remainder < 0 {
            quotient -= 1
            remainder += divisor
        }
        return (quotient, remainder)
    }

    private static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// A forward-only reader over ASCII bytes.
private struct Cursor {
    private let bytes: ArraySlice<UInt8>
    private var index: ArraySlice<UInt8>.Index

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.index = bytes.startIndex
    }

    var isAtEnd: Bool { index == bytes.endIndex }

    func peek() -> UInt8? { isAtEnd ? nil : bytes[index] }

    mutating func advance() { index += 1 }

    mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        index += 1
        return true
    }

    mutating func takeLiteral(_ literal: String) -> Bool {
        let utf8 = Array(literal.utf8)
        guard bytes[index...].starts(with: utf8) else { return false }
        index += utf8.count
        return true
    }

    mutating func digit() -> Int64? {
        guard let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        index += 1
        return Int64(byte - UInt8(ascii: "0"))
    }

    mutating func number(minDigits: Int, maxDigits: Int) -> Int64? {
        var value: Int64 = 0
        var count = 0
        while count < maxDigits, let digit = digit() {
            value = value * 10 + digit
            count += 1
        }
        return count >= minDigits ? value : nil
    }
}
