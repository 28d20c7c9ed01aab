import Logging
import MeshCore

/// Logs every call with its trace id and request id; failures with their code and reason.
/// Request payloads and credentials are never logged.
public struct RPCLoggingInterceptor: ServerInterceptor {
    private let logger: Logger

    public init(logger: Logger) { self.logger = logger }

    public func didHandle(_ context: ServerContext, error: RPCError?, duration: Duration) {
        var metadata: Logger.Metadata = [
            "rpc.method": "\(context.method.path)",
            "duration_ms": "\(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)",
            "peer": "\(context.peer)",
        ]
        if let trace = context.metadata[MetadataKey.traceparent].flatMap(TraceContext.init(traceparent:)) {
            metadata["trace_id"] = "\(trace.traceID)"
        }
        if let requestID = context.metadata[MetadataKey.requestID] { metadata["request_id"] = "\(requestID)" }
        if let caller = context.caller { metadata["caller_id"] = "\(caller.callerID)" }
        guard let error else {
            logger.debug("call handled", metadata: metadata)
            return
        }
        metadata["rpc.code"] = "\(error.code.name)"
        if !error.reason.isEmpty { metadata["error_code"] = "\(error.reason)" }
        switch error.code {
        case .internal, .unknown, .dataLoss:
            logger.error("call failed: \(error.message)", metadata: metadata)
        default:
            logger.info("call refused: \(error.message)", metadata: metadata)
        }
    }
}
