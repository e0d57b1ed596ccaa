#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SchemaWire

/// A plain TCP connection over a blocking POSIX socket.
final class SocketStream: ByteStream {
    /// The descriptor; owned by this stream and closed only by `close()`.
    let fd: Int32
    private let isShutDown = Locked(false)

    init(fd: Int32) { self.fd = fd }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(WebSocketError) -> Int {
        while true {
            let count = recv(fd, buffer.baseAddress, buffer.count, 0)
            if count >= 0 { return count }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK { throw .timedOut(phase: "reading from the socket", after: .zero) }
            throw .connectionLost(reason: isShutDown.withLock { $0 } ? "closed locally" : POSIX.describe(code))
        }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(WebSocketError) {
        var offset = 0
        while offset < bytes.count {
            let count = send(fd, bytes.baseAddress! + offset, bytes.count - offset, sendFlags)
            if count >= 0 { offset += count; continue }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK { throw .timedOut(phase: "writing to the socket", after: .zero) }
            throw .connectionLost(reason: isShutDown.withLock { $0 } ? "closed locally" : POSIX.describe(code))
        }
    }

    func shutdown() {
        isShutDown.withLock { $0 = true }
        _ = systemShutdown(fd, Int32(SHUT_RDWR))
    }

    func setTimeout(_ timeout: Duration?) {
        POSIX.setTimeouts(fd, timeout)
    }

    func close() {
        _ = systemClose(fd)
    }
}

#if canImport(Glibc)
private let sendFlags = Int32(MSG_NOSIGNAL)
private let systemShutdown = Glibc.shutdown
private let systemClose = Glibc.close
#else
// Untested: Darwin has no MSG_NOSIGNAL; SIGPIPE must be avoided with SO_NOSIGPIPE on the socket.
private let sendFlags: Int32 = 0
private let systemShutdown = Darwin.shutdown
private let systemClose = Darwin.close
#endif
