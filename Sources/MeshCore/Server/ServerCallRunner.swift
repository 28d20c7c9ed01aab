/// Runs one call's handler the same way for every transport: inside the call's `ServerContext`,
/// with the deadline enforced (the handler is cancelled when it passes) and every failure mapped
/// onto an `RPCError`.
public enum ServerCallRunner {
    /// Runs a unary handler; returns the response payload.
    public static func runUnary(
        _ handler: @escaping @Sendable ([UInt8], ServerContext) async throws -> [UInt8],
        request: [UInt8],
        context: ServerContext
    ) async throws(RPCError) -> [UInt8] {
        do {
            return try await ServerContext.$current.withValue(context) {
                try await withDeadline(context.deadline) { try await handler(request, context) }
            }
        } catch {
            throw RPCError(mapping: error)
        }
    }

    /// Runs a server-streaming handler to completion.
    public static func runServerStreaming(
        _ handler: @escaping @Sendable ([UInt8], ServerContext, RawStreamWriter) async throws -> Void,
        request: [UInt8],
        context: ServerContext,
        writer: RawStreamWriter
    ) async throws(RPCError) {
        do {
            try await ServerContext.$current.withValue(context) {
                try await withDeadline(context.deadline) { try await handler(request, context, writer) }
            }
        } catch {
            throw RPCError(mapping: error)
        }
    }

    /// The error a call gets when the server does not know its method.
    public static func unimplemented(_ path: String) -> RPCError {
        RPCError(code: .unimplemented, message: "unknown method \(path)", reason: "unknown_method")
    }
}

/// Runs `body`, cancelling it and throwing DEADLINE_EXCEEDED if `deadline` passes first.
public func withDeadline<T: Sendable>(
    _ deadline: ContinuousClock.Instant?,
    _ body: @escaping @Sendable () async throws -> T
) async throws -> T {
    guard let deadline else { return try await body() }
    guard deadline > .now else { throw RPCError.deadlineExceeded() }
    return try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(until: deadline, clock: .continuous)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw RPCError.deadlineExceeded() }
        guard let value = first else { throw RPCError.deadlineExceeded() }
        return value
    }
}

extension RPCError {
    static func deadlineExceeded() -> RPCError {
        RPCError(code: .deadlineExceeded, message: "the deadline passed before the call finished", reason: "deadline")
    }
}
