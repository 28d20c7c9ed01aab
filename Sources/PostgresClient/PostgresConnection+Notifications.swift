internal import CLibPQ
import Foundation

/// A NOTIFY delivered to a listening session.
public struct PostgresNotification: Sendable, Hashable {
    /// The channel it was sent on.
    public let channel: String
    /// The payload (empty if none was given).
    public let payload: String
    /// The process id of the notifying server backend.
    public let senderProcessID: Int
}

extension PostgresConnection {
    enum WaitOutcome { case input, woken, timedOut, failed }

    /// Starts listening on `channel`. LISTEN takes an identifier, not a parameter, so this is the one
    /// statement built from a name: the name must look like an identifier and is quoted by libpq.
    func listen(channel: String) throws {
        try executeTrustedScript("LISTEN " + quotedIdentifier(channel))
    }

    /// Reads whatever the server sent and returns the notifications among it.
    func receiveNotifications() throws -> [PostgresNotification] {
        guard PQconsumeInput(handle) != 0, isConnected else {
            throw PostgresError(code: .connectionFailed, message: "connection to \(endpoint) lost")
        }
        var notifications: [PostgresNotification] = []
        while let notify = PQnotifies(handle) {
            defer { PQfreemem(notify) }
            notifications.append(PostgresNotification(
                channel: notify.pointee.relname.map { String(cString: $0) } ?? "",
                payload: notify.pointee.extra.map { String(cString: $0) } ?? "",
                senderProcessID: Int(notify.pointee.be_pid)))
        }
        return notifications
    }

    /// Waits until the server sends something, `wakeDescriptor` becomes readable, or the timeout
    /// passes (-1 waits forever).
    func waitForInput(timeoutMilliseconds: Int32, wakeDescriptor: Int32? = nil) -> WaitOutcome {
        let socket = PQsocket(handle)
        guard socket >= 0 else { return .failed }
        var descriptors = [pollfd(fd: socket, events: Int16(POLLIN), revents: 0)]
        if let wakeDescriptor { descriptors.append(pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0)) }
        let ready = descriptors.withUnsafeMutableBufferPointer { buffer in
            poll(buffer.baseAddress, nfds_t(buffer.count), timeoutMilliseconds)
        }
        if ready < 0 { return errno == EINTR ? .timedOut : .failed }
        if ready == 0 { return .timedOut }
        if descriptors.count > 1 && descriptors[1].revents != 0 { return .woken }
        return .input
    }

    func pollReadable(timeoutMilliseconds: Int32) -> WaitOutcome {
        waitForInput(timeoutMilliseconds: timeoutMilliseconds)
    }

    private func quotedIdentifier(_ name: String) throws -> String {
        let allowed = name.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
        }
        guard allowed, (1...63).contains(name.utf8.count), name.utf8.first.map({ !(48...57).contains($0) }) == true
        else {
            throw PostgresError(code: .invalidParameter,
                                message: "channel names are 1-63 letters, digits and underscores, not starting with a digit")
        }
        guard let quoted = PQescapeIdentifier(handle, name, name.utf8.count) else {
            throw PostgresError(code: .invalidParameter, message: "cannot quote channel name")
        }
        defer { PQfreemem(quoted) }
        return String(cString: quoted)
    }
}
