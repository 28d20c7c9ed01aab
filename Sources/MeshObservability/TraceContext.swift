import MeshCore

/// W3C trace context (`traceparent: 00-<trace id>-<parent id>-<flags>`), carried across every RPC
/// and queue hop so one job's work across all services forms one trace.
public struct TraceContext: Sendable, Hashable {
    /// 32 lower-case hex digits.
    public var traceID: String
    /// 16 lower-case hex digits: the span that made the call.
    public var spanID: String
    public var sampled: Bool

    /// Parses a `traceparent` header; nil if malformed (then a new trace starts).
    public init?(traceparent: String) {
        let parts = traceparent.split(separator: "-")
        guard parts.count == 4, parts[0] == "00", parts[1].count == 32, parts[2].count == 16, parts[3].count == 2,
            parts[1].allSatisfy(\.isHexDigit), parts[2].allSatisfy(\.isHexDigit),
            parts[1] != String(repeating: "0", count: 32), parts[2] != String(repeating: "0", count: 16)
        else { return nil }
        traceID = parts[1].lowercased()
        spanID = parts[2].lowercased()
        sampled = parts[3] == "01"
    }

    public init(traceID: String, spanID: String, sampled: Bool = true) {
        self.traceID = traceID
        self.spanID = spanID
        self.sampled = sampled
    }

    /// A new trace with a new root span.
    public static func random() -> TraceContext {
        TraceContext(traceID: randomHex(bytes: 16), spanID: randomHex(bytes: 8))
    }

    /// The same trace, a new span (for the next hop).
    public func child() -> TraceContext {
        TraceContext(traceID: traceID, spanID: Self.randomHex(bytes: 8), sampled: sampled)
    }

    public var traceparent: String { "00-\(traceID)-\(spanID)-\(sampled ? "01" : "00")" }

    private static func randomHex(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        var text = ""
        for _ in 0..<bytes {
            let byte = UInt8.random(in: 0...255, using: &generator)
            text += String(byte >> 4, radix: 16) + String(byte & 0x0F, radix: 16)
        }
        return text
    }
}

/// Gives every call a trace: keeps the caller's `traceparent` (as a new span of the same trace) or
/// starts one, so calls made while handling it carry it on (`ContextPropagationInterceptor`).
public struct TraceContextInterceptor: ServerInterceptor {
    public init() {}

    public func willHandle(_ context: inout ServerContext) throws {
        let incoming = context.metadata[MetadataKey.traceparent].flatMap(TraceContext.init(traceparent:))
        let current = incoming?.child() ?? TraceContext.random()
        context.metadata.replace(MetadataKey.traceparent, with: current.traceparent)
    }
}
