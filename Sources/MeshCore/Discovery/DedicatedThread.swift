#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Runs blocking work (getaddrinfo) on a thread of its own, so it never occupies a thread of Swift's
/// cooperative pool. Plain pthreads keep MeshCore free of Foundation.
enum DedicatedThread {
    private final class Work {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    /// Starts `body` on a new detached thread; false if the system would not create one.
    static func detach(_ body: @escaping @Sendable () -> Void) -> Bool {
        // The thread owns this retain and releases it when it has run the work.
        let work = Unmanaged.passRetained(Work(body))
        #if os(Linux)
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { context in
            if let context { Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body() }
            return nil
        }, work.toOpaque())
        guard status == 0 else {
            work.release()
            return false
        }
        pthread_detach(thread)
        #else
        var thread: pthread_t?
        let status = pthread_create(&thread, nil, { context in
            Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
            return nil
        }, work.toOpaque())
        guard status == 0, let thread else {
            work.release()
            return false
        }
        pthread_detach(thread)
        #endif
        return true
    }
}
