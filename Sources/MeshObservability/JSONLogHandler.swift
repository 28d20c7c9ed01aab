import Foundation
import Logging
import MeshJSON
import Synchronization

/// swift-log handler writing one JSON object per line to standard error: `ts`, `level`, `logger`,
/// `msg`, then the metadata (`trace_id`, `job_id`, `failed_stage`, `error_code`, …) as fields.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let write: @Sendable ([UInt8]) -> Void
    private static let standardError = Mutex(FileHandle.standardError)

    /// Writes to standard error, or to `write` (one call per line, newline included).
    public init(
        label: String, level: Logger.Level = .info, metadataProvider: Logger.MetadataProvider? = nil,
        write: (@Sendable ([UInt8]) -> Void)? = nil
    ) {
        self.label = label
        self.logLevel = level
        self.metadataProvider = metadataProvider
        self.write = write ?? { line in Self.standardError.withLock { $0.write(Data(line)) } }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var members: [JSONMember] = [
            JSONMember("ts", .string(Self.timestamp())),
            JSONMember("level", .string(event.level.rawValue)),
            JSONMember("logger", .string(label)),
            JSONMember("msg", .string("\(event.message)")),
        ]
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { $1 } }
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) { members.append(JSONMember(key, Self.json(value))) }
        var line = JSONWriter.bytes(.object(members))
        line.append(UInt8(ascii: "\n"))
        write(line)
    }

    private static func json(_ value: Logger.Metadata.Value) -> JSONValue {
        switch value {
        case .string(let text): .string(text)
        case .stringConvertible(let convertible): .string(convertible.description)
        case .array(let values): .array(values.map(json))
        case .dictionary(let dictionary): .object(dictionary.sorted { $0.key < $1.key }.map { JSONMember($0.key, json($0.value)) })
        }
    }

    private static func timestamp() -> String {
        Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(Date())
    }
}
