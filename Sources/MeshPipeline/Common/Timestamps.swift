import Foundation

/// RFC 3339 UTC timestamps as the contract writes them (`2026-03-01T12:00:00.123Z`).
enum Timestamps {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    static func rfc3339(_ date: Date) -> String {
        date.formatted(style)
    }

    static func parse(_ text: String) -> Date? {
        try? style.parse(text)
    }
}
