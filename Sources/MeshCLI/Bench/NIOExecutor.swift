import Foundation
import NIOCore
import NIOPosix

/// Runs Swift concurrency on NIO's event-loop threads, so a call's continuation resumes on the thread
/// that read its response instead of waking another (each wake-up costs tens of µs on a VM).
/// Measured here (see the issue notes): it halves latency with one call in flight, but with many
/// calls in flight the default cooperative pool gives more throughput, so the bench client uses it in
/// latency mode only and the server only when asked (`variable` set to 1). MESH_NIO_EXECUTOR=0 turns it off.
enum NIOExecutor {
    static func install(when variable: String?) {
        let environment = ProcessInfo.processInfo.environment
        guard environment["MESH_NIO_EXECUTOR"] != "0" else { return }
        if let variable, environment[variable] != "1" { return }
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }
}
