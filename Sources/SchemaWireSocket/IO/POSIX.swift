#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small helpers over the C socket API.
enum POSIX {
    /// The text of an `errno` value, e.g. `Connection refused (errno 111)`.
    static func describe(_ code: Int32) -> String {
        "\(String(cString: strerror(code))) (errno \(code))"
    }

    #if canImport(Glibc)
    /// `SOCK_STREAM` as the C API wants it.
    static let streamSocketType = Int32(SOCK_STREAM.rawValue)
    #else
    /// `SOCK_STREAM` as the C API wants it.
    static let streamSocketType = SOCK_STREAM
    #endif

    /// A new stream socket that is closed on `exec` and never raises `SIGPIPE`; -1 on failure.
    static func makeSocket(family: Int32, protocol: Int32) -> Int32 {
        #if canImport(Glibc)
        return socket(family, streamSocketType | Int32(SOCK_CLOEXEC.rawValue), `protocol`)
        #else
        // Untested: Darwin has neither SOCK_CLOEXEC nor MSG_NOSIGNAL.
        let fd = socket(family, streamSocketType, `protocol`)
        if fd >= 0 {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            setOption(fd, SOL_SOCKET, SO_NOSIGPIPE, 1)
        }
        return fd
        #endif
    }

    /// Sets or clears `O_NONBLOCK`.
    static func setNonBlocking(_ fd: Int32, _ on: Bool) {
        let flags = fcntl(fd, F_GETFL, 0)
        _ = fcntl(fd, F_SETFL, on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK)
    }

    /// Sets an integer socket option.
    static func setOption(_ fd: Int32, _ level: Int32, _ name: Int32, _ value: Int32) {
        var value = value
        _ = setsockopt(fd, level, name, &value, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Sets the receive and send timeouts of a blocking socket (`nil` clears them).
    static func setTimeouts(_ fd: Int32, _ timeout: Duration?) {
        let (seconds, attoseconds) = timeout?.components ?? (0, 0)
        var value = timeval(tv_sec: .init(seconds), tv_usec: .init(attoseconds / 1_000_000_000_000))
        if timeout != nil, value.tv_sec == 0, value.tv_usec == 0 { value.tv_usec = 1 }
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Waits until `fd` is ready for `events`; returns false on timeout. `timeout` nil waits forever.
    static func poll(_ fd: Int32, events: Int16, timeout: Duration?) -> Bool {
        var entry = pollfd(fd: fd, events: events, revents: 0)
        let milliseconds = timeout.map { Int32(clamping: $0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000) } ?? -1
        while true {
            let result = systemPoll(&entry, 1, milliseconds)
            if result >= 0 { return result > 0 }
            if errno != EINTR { return true }
        }
    }
}

#if canImport(Glibc)
private let systemPoll = Glibc.poll
#else
private let systemPoll = Darwin.poll
#endif
