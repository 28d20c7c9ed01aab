#if canImport(Glibc)
import Glibc
#endif
import MeshTestSupport

/// A blocking TCP connection to 127.0.0.1 for what the test client cannot do: read a streaming
/// response part by part and hang up in the middle. Every read has a timeout.
final class RawHTTPConnection: Sendable {
    private let fd: Int32

    init(port: Int, readTimeout: Duration = .seconds(5)) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestFailure("socket() failed") }
        var timeout = timeval(tv_sec: Int(readTimeout.components.seconds), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else {
            close(fd)
            throw TestFailure("connect() failed")
        }
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == bytes.count else { throw TestFailure("send() failed") }
    }

    /// Reads until `marker` has arrived (or the peer closes, or a read times out), on a thread of its
    /// own so the blocking reads never hold one of the cooperative pool's (two) threads.
    func read(until marker: String, limit: Int = 1 << 20) async throws -> String {
        let fd = fd
        return try await offPool { Self.blockingRead(fd: fd, until: marker, limit: limit) }
    }

    private static func blockingRead(fd: Int32, until marker: String, limit: Int) -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while received.count < limit {
            if String(decoding: received, as: UTF8.self).contains(marker) { break }
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: received, as: UTF8.self)
    }

    func hangUp() { close(fd) }
}
