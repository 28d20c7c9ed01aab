internal import CCurl
import Foundation
import Synchronization

/// Owns the libcurl multi handle: one connection and DNS cache shared by all transfers.
///
/// `@unchecked Sendable` because the pointer crosses threads, but only
/// `curl_multi_wakeup` (documented thread-safe) is called off the loop thread; every
/// other multi call happens on the loop thread.
final class CurlMultiHandle: @unchecked Sendable {
    let raw: UnsafeMutableRawPointer

    init(maxTotalConnections: Int) throws(FetchError) {
        guard let raw = curl_multi_init() else { throw FetchError(.transportError, "curl_multi_init failed") }
        self.raw = raw
        let code = mesh_curl_multi_setopt_long(raw, CURLMOPT_MAX_TOTAL_CONNECTIONS, maxTotalConnections)
        guard code == CURLM_OK else { throw CurlFailure.multiError(code, step: "CURLMOPT_MAX_TOTAL_CONNECTIONS") }
    }

    deinit { curl_multi_cleanup(raw) }

    /// Interrupts a `curl_multi_poll` in progress (or makes the next one return at once).
    func wakeup() { _ = curl_multi_wakeup(raw) }
}

/// The dedicated thread that drives every transfer of one fetcher, and its inbox.
///
/// Callers never block: they post a submission or a cancellation into the inbox and
/// wake the loop, which adds, aborts and completes transfers between `curl_multi_poll`s.
final class CurlMultiLoop: Sendable {
    private struct Inbox {
        var submissions: [(spec: TransferSpec, ticket: FetchTicket)] = []
        var cancellations: [UInt64] = []
        var shuttingDown = false
    }

    private let multi: CurlMultiHandle
    private let inbox = Mutex(Inbox())

    /// Longest sleep in `curl_multi_poll`; libcurl shortens it to its own next timeout.
    private static let pollMilliseconds: Int32 = 1000

    /// Creates the multi handle and starts the loop thread.
    static func start(maxTotalConnections: Int) throws(FetchError) -> CurlMultiLoop {
        try CurlGlobal.ensureInitialized()
        let loop = CurlMultiLoop(multi: try CurlMultiHandle(maxTotalConnections: maxTotalConnections))
        let thread = Thread {
            // Named from inside: on Linux only the running thread's own name reaches the OS.
            Thread.current.name = "curl-multi"
            loop.run()
        }
        thread.start()
        return loop
    }

    private init(multi: CurlMultiHandle) { self.multi = multi }

    /// Queues a transfer; returns an error instead if the loop is shutting down.
    func submit(_ spec: TransferSpec, ticket: FetchTicket) -> FetchError? {
        let accepted = inbox.withLock { inbox in
            guard !inbox.shuttingDown else { return false }
            inbox.submissions.append((spec, ticket))
            return true
        }
        guard accepted else { return FetchError(.transportError, "fetcher is shut down", host: spec.host) }
        multi.wakeup()
        return nil
    }

    /// Asks the loop to abort a submitted transfer and finish its ticket with `CancellationError`.
    func cancel(_ id: UInt64) {
        inbox.withLock { $0.cancellations.append(id) }
        multi.wakeup()
    }

    /// Makes the loop abort whatever is in flight, free its handles and exit.
    func shutdown() {
        inbox.withLock { $0.shuttingDown = true }
        multi.wakeup()
    }

    // MARK: - Loop thread

    private func run() {
        var active: [UInt64: EasyTransfer] = [:]
        var idsByHandle: [UnsafeMutableRawPointer: UInt64] = [:]

        func detach(_ id: UInt64) -> EasyTransfer? {
            guard let transfer = active.removeValue(forKey: id) else { return nil }
            idsByHandle[transfer.handle] = nil
            // Must precede the easy handle's cleanup, which runs when `transfer` is released.
            _ = curl_multi_remove_handle(multi.raw, transfer.handle)
            return transfer
        }

        while true {
            let work = inbox.withLock { inbox in
                let taken = (inbox.submissions, inbox.cancellations, inbox.shuttingDown)
                inbox.submissions.removeAll()
                inbox.cancellations.removeAll()
                return taken
            }
            for (spec, ticket) in work.0 {
                do {
                    let transfer = try EasyTransfer.make(spec: spec, ticket: ticket)
                    let code = curl_multi_add_handle(multi.raw, transfer.handle)
                    guard code == CURLM_OK else { throw CurlFailure.multiError(code, step: "curl_multi_add_handle") }
                    active[ticket.id] = transfer
                    idsByHandle[transfer.handle] = ticket.id
                } catch {
                    ticket.finish(.failure(error))
                }
            }
            // Cancellations come after submissions: a ticket's abort is always queued behind its submission.
            for id in work.1 {
                detach(id)?.ticket.finish(.failure(CancellationError()))
            }
            if work.2 { break }

            var running: Int32 = 0
            _ = curl_multi_perform(multi.raw, &running)
            var queued: Int32 = 0
            while let message = curl_multi_info_read(multi.raw, &queued) {
                guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle,
                    let id = idsByHandle[handle], let transfer = detach(id)
                else { continue }
                transfer.ticket.finish(transfer.result(message.pointee.data.result))
            }

            if curl_multi_poll(multi.raw, nil, 0, Self.pollMilliseconds, nil) != CURLM_OK {
                // Never spin hot if polling itself fails; the next round retries.
                Thread.sleep(forTimeInterval: 0.01)
            }
        }

        for id in Array(active.keys) {
            detach(id)?.ticket.finish(.failure(FetchError(.transportError, "fetcher shut down")))
        }
    }
}
