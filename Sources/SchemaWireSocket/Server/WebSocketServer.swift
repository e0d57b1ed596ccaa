import Foundation
import SchemaWire
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A WebSocket server on a loopback (or any numeric) address, for simulators and tests.
///
/// One thread accepts; each connection gets a thread of its own for its request and frames, and
/// its `handler` runs as a task for as long as the connection should live (the connection is closed
/// with 1000 when the handler returns). An optional `upgrade` hook sees each upgrade request and
/// may reject it with any HTTP response; an optional `http` handler answers plain HTTP requests on
/// the same port (one request per connection, `Connection: close`).
public final class WebSocketServer: Sendable {
    /// Decides whether an upgrade request is accepted.
    public typealias UpgradeHook = @Sendable (WebSocketHTTPRequest) async -> WebSocketUpgradeDecision
    /// Answers a plain (non-upgrade) HTTP request.
    public typealias HTTPHandler = @Sendable (WebSocketHTTPRequest) async -> WebSocketHTTPResponse
    /// Serves one accepted connection.
    public typealias ConnectionHandler = @Sendable (WebSocketConnection) async -> Void

    /// The bound address.
    public let host: String
    /// The bound port (the system's choice when the configuration said 0).
    public let port: Int

    private let configuration: WebSocketServerConfiguration
    private let listenFD: Int32
    private let upgrade: UpgradeHook?
    private let http: HTTPHandler?
    private let handler: ConnectionHandler
    private let registry = Locked(Registry())

    private struct Registry {
        var nextID = 0
        var connections: [Int: WebSocketConnection] = [:]
        var handshaking: [Int: SocketStream] = [:]
        var handlerTasks: [Int: Task<Void, Never>] = [:]
        var answersPings: Bool?
        var stopped = false
        var acceptThreadDone = false
        var stopWaiters: [CheckedContinuation<Void, Never>] = []
    }

    /// Binds, listens and starts accepting. Throws `WebSocketError.connectionFailed` when the
    /// address cannot be bound.
    public init(configuration: WebSocketServerConfiguration = .init(), upgrade: UpgradeHook? = nil, http: HTTPHandler? = nil,
                handler: @escaping ConnectionHandler) throws {
        self.configuration = configuration
        self.upgrade = upgrade
        self.http = http
        self.handler = handler
        host = configuration.host
        (listenFD, port) = try Self.listen(host: configuration.host, port: configuration.port, backlog: configuration.backlog)
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "SchemaWireSocket.accept"
        thread.stackSize = 512 << 10
        thread.start()
    }

    /// `ws://host:port` for this server, e.g. to build client URLs.
    public var baseURL: String {
        host.contains(":") ? "ws://[\(host)]:\(port)" : "ws://\(host):\(port)"
    }

    /// The connections currently open.
    public var connections: [WebSocketConnection] {
        registry.withLock { Array($0.connections.values) }
    }

    /// Drops every open connection abruptly, without close frames (clients see the TCP connection end).
    public func dropAllConnections() {
        for connection in connections { connection.drop() }
    }

    /// Makes every current and future connection answer pings, or ignore them (to simulate a
    /// half-open link); `nil` goes back to the configured behaviour for new connections.
    public func setAnswersPings(_ answers: Bool?) {
        let current: [WebSocketConnection] = registry.withLock { registry in
            registry.answersPings = answers
            return Array(registry.connections.values)
        }
        for connection in current { connection.answersPings = answers ?? configuration.options.answersPings }
    }

    /// Stops accepting, closes every connection with 1001 (waiting up to each close timeout),
    /// cancels the handlers still running and returns when they have finished.
    public func shutdown() async {
        let first: Bool = registry.withLock { registry in
            defer { registry.stopped = true }
            return !registry.stopped
        }
        if first { _ = Glibc_shutdown(listenFD, Int32(SHUT_RDWR)) }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done: Bool = registry.withLock { registry in
                if !registry.acceptThreadDone { registry.stopWaiters.append(continuation) }
                return registry.acceptThreadDone
            }
            if done { continuation.resume() }
        }
        let (open, handshaking, tasks) = registry.withLock { ($0.connections.values.map { $0 }, $0.handshaking.values.map { $0 }, $0.handlerTasks.values.map { $0 }) }
        for stream in handshaking { stream.shutdown() }
        await withTaskGroup(of: Void.self) { group in
            for connection in open { group.addTask { _ = await connection.close(code: .goingAway, reason: "server shutting down") } }
        }
        for task in tasks {
            task.cancel()
            await task.value
        }
    }

    // MARK: - Accepting

    private func acceptLoop() {
        while true {
            let fd = accept(listenFD, nil, nil)
            if fd < 0 {
                let code = errno
                if registry.withLock({ $0.stopped }) { break }
                if code == EBADF || code == EINVAL || code == ENOTSOCK { break }
                // Transient: a client gave up (ECONNABORTED, EPROTO), or descriptors or memory ran
                // short (EMFILE, ENFILE, ENOBUFS, ENOMEM); back off briefly for the latter.
                if code != EINTR, code != ECONNABORTED { usleep(10_000) }
                continue
            }
            let id: Int? = registry.withLock { registry in
                guard !registry.stopped else { return nil }
                registry.nextID += 1
                return registry.nextID
            }
            guard let id else { _ = Glibc_close(fd); break }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            #if canImport(Darwin)
            POSIX.setOption(fd, SOL_SOCKET, SO_NOSIGPIPE, 1)  // untested: Darwin has no MSG_NOSIGNAL
            #endif
            let thread = Thread { [self] in serve(fd: fd, id: id) }
            thread.name = "SchemaWireSocket.server-connection"
            thread.stackSize = 512 << 10
            thread.start()
        }
        _ = Glibc_close(listenFD)
        let waiters: [CheckedContinuation<Void, Never>] = registry.withLock { registry in
            registry.acceptThreadDone = true
            defer { registry.stopWaiters = [] }
            return registry.stopWaiters
        }
        for waiter in waiters { waiter.resume() }
    }

    private func serve(fd: Int32, id: Int) {
        POSIX.setOption(fd, Int32(IPPROTO_TCP), TCP_NODELAY, 1)
        let stream = SocketStream(fd: fd)
        registry.withLock { $0.handshaking[id] = stream }
        stream.setTimeout(configuration.requestTimeout)
        do throws(WebSocketError) {
            let (head, leftover) = try HTTPHead.read(from: stream)
            let parts = head.startLine.split(separator: " ")
            guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else {
                return finish(stream, id: id, response: WebSocketHTTPResponse(status: 400, text: "malformed request line\n"))
            }
            var request = WebSocketHTTPRequest(method: String(parts[0]), target: String(parts[1]), headers: head.headers)
            if head.headers["Upgrade"]?.lowercased() == "websocket" {
                try serveUpgrade(request, stream: stream, id: id, leftover: leftover)
                return
            }
            if let length = head.headers["Content-Length"].flatMap(Int.init), length > configuration.maximumRequestBodySize {
                return finish(stream, id: id, response: WebSocketHTTPResponse(status: 413, text: "request body too large\n"))
            }
            request.body = try HTTPHead.readBody(from: stream, headers: head.headers, leftover: leftover, limit: configuration.maximumRequestBodySize, untilEnd: false)
            guard let http else {
                return finish(stream, id: id, response: WebSocketHTTPResponse(status: 426, headers: ["Upgrade": "websocket"], text: "this endpoint speaks WebSocket only\n"))
            }
            let complete = request
            let response = BlockingBridge.wait { await http(complete) }
            finish(stream, id: id, response: response)
        } catch {
            finish(stream, id: id, response: nil)
        }
    }

    private func serveUpgrade(_ request: WebSocketHTTPRequest, stream: SocketStream, id: Int, leftover: [UInt8]) throws(WebSocketError) {
        let headers = request.headers
        guard request.method == "GET" else {
            return finish(stream, id: id, response: WebSocketHTTPResponse(status: 405, headers: ["Allow": "GET"], text: "upgrade requests must use GET\n"))
        }
        guard headers["Sec-WebSocket-Version"] == "13" else {
            return finish(stream, id: id, response: WebSocketHTTPResponse(status: 426, headers: ["Sec-WebSocket-Version": "13"], text: "only WebSocket version 13 is supported\n"))
        }
        guard let key = headers["Sec-WebSocket-Key"], Base64.decode(key)?.count == 16, headers.contains(name: "Connection", token: "upgrade") else {
            return finish(stream, id: id, response: WebSocketHTTPResponse(status: 400, text: "missing or malformed Sec-WebSocket-Key or Connection: Upgrade\n"))
        }
        let decision = upgrade.map { hook in BlockingBridge.wait { await hook(request) } } ?? .accept()
        guard case .accept(let extraHeaders, let subprotocol) = decision else {
            if case .reject(let response) = decision { finish(stream, id: id, response: response) }
            return
        }
        var answer: WebSocketHTTPHeaders = ["Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Accept": Handshake.acceptValue(forKey: key)]
        if let subprotocol { answer.add(name: "Sec-WebSocket-Protocol", value: subprotocol) }
        for field in extraHeaders { answer.add(name: field.name, value: field.value) }
        try stream.write(Handshake.serialize(WebSocketHTTPResponse(status: 101, headers: answer)))
        stream.setTimeout(nil)

        var options = configuration.options
        let connection: WebSocketConnection = registry.withLock { registry in
            if let answers = registry.answersPings { options.answersPings = answers }
            let connection = WebSocketConnection(role: .server, stream: stream, options: options, subprotocol: subprotocol, request: request,
                                                 responseHeaders: [:]) { [weak self] in
                self?.registry.withLock { _ = $0.connections.removeValue(forKey: id) }
            }
            registry.handshaking[id] = nil
            registry.connections[id] = connection
            return connection
        }
        let handler = self.handler
        let task = Task {
            await handler(connection)
            _ = await connection.close()
        }
        registry.withLock { registry in
            if connection.closeInfo == nil { registry.handlerTasks[id] = task }
        }
        Task { [weak self] in
            _ = await connection.waitUntilClosed()
            await task.value
            self?.registry.withLock { _ = $0.handlerTasks.removeValue(forKey: id) }
        }
        connection.runReader(leftover: leftover)
    }

    /// Sends `response` (if any) with `Connection: close`, then closes the socket.
    private func finish(_ stream: SocketStream, id: Int, response: WebSocketHTTPResponse?) {
        if var response {
            response.headers.set(name: "Content-Length", value: String(response.body.count))
            response.headers.set(name: "Connection", value: "close")
            try? stream.write(Handshake.serialize(response))
        }
        registry.withLock { _ = $0.handshaking.removeValue(forKey: id) }
        stream.close()
    }

    private static func listen(host: String, port: Int, backlog: Int32) throws(WebSocketError) -> (Int32, Int) {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = POSIX.streamSocketType
        hints.ai_flags = AI_PASSIVE | AI_NUMERICHOST | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let info = list else {
            throw .connectionFailed(host: host, port: port, reason: "not a numeric address: \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(info) }
        let fd = POSIX.makeSocket(family: info.pointee.ai_family, protocol: info.pointee.ai_protocol)
        guard fd >= 0 else { throw .connectionFailed(host: host, port: port, reason: POSIX.describe(errno)) }
        POSIX.setOption(fd, SOL_SOCKET, SO_REUSEADDR, 1)
        guard bind(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0, Glibc_listen(fd, backlog) == 0 else {
            let reason = POSIX.describe(errno)
            _ = Glibc_close(fd)
            throw .connectionFailed(host: host, port: port, reason: "cannot listen: \(reason)")
        }
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        let boundPort: UInt16 = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        }
        return (fd, Int(boundPort))
    }
}

#if canImport(Glibc)
private let Glibc_shutdown = Glibc.shutdown
private let Glibc_close = Glibc.close
private let Glibc_listen = Glibc.listen
#else
private let Glibc_shutdown = Darwin.shutdown
private let Glibc_close = Darwin.close
private let Glibc_listen = Darwin.listen
#endif
