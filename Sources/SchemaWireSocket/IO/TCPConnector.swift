#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemConnect = Glibc.connect
#else
private let systemConnect = Darwin.connect
#endif

/// Opens TCP connections: resolves the host, then tries each address in turn with a deadline.
enum TCPConnector {
    /// A connected blocking socket with `TCP_NODELAY` set. Runs on the caller's (non-pool) thread.
    /// `register` is told each descriptor being tried (and nil before one is closed), so a
    /// cancellation can shut it down; it returns false once the attempt is cancelled.
    static func connect(host: String, port: Int, deadline: ContinuousClock.Instant, register: (Int32?) -> Bool) throws(WebSocketError) -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = POSIX.streamSocketType
        hints.ai_flags = AI_ADDRCONFIG
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw .hostNotFound(host: host, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(first) }
        var lastError = "no address"
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            let fd = POSIX.makeSocket(family: info.pointee.ai_family, protocol: info.pointee.ai_protocol)
            guard fd >= 0 else { lastError = POSIX.describe(errno); continue }
            guard register(fd) else { _ = register(nil); _ = close(fd); throw .cancelled }
            POSIX.setNonBlocking(fd, true)
            var result = systemConnect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen)
            if result != 0, errno == EINPROGRESS {
                let remaining = deadline - .now
                guard remaining > .zero, POSIX.poll(fd, events: Int16(POLLOUT), timeout: remaining) else {
                    _ = register(nil)
                    _ = close(fd)
                    throw .timedOut(phase: "TCP connect to \(host):\(port)", after: .zero)
                }
                var soError: Int32 = 0
                var length = socklen_t(MemoryLayout<Int32>.size)
                getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &length)
                result = soError == 0 ? 0 : -1
                if soError != 0 { errno = soError }
            }
            if result == 0 {
                POSIX.setNonBlocking(fd, false)
                POSIX.setOption(fd, Int32(IPPROTO_TCP), TCP_NODELAY, 1)
                return fd
            }
            lastError = POSIX.describe(errno)
            let stillWanted = register(nil)
            _ = close(fd)
            if !stillWanted { throw .cancelled }
        }
        throw .connectionFailed(host: host, port: port, reason: lastError)
    }
}
