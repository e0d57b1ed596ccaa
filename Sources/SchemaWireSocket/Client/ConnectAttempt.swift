#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SchemaWire

/// One client connection attempt, run on its own thread; cancellable from any task.
final class ConnectAttempt: Sendable {
    private let state = Locked<(fd: Int32?, cancelled: Bool)>((nil, false))

    /// Whether `cancel()` was called.
    var isCancelled: Bool { state.withLock { $0.cancelled } }

    /// Shuts down the socket being set up, which makes the blocked step fail.
    func cancel() {
        let fd: Int32? = state.withLock { state in
            state.cancelled = true
            return state.fd
        }
        if let fd { _ = shutdown(fd, Int32(SHUT_RDWR)) }
    }

    /// Connects, runs TLS and the upgrade; returns the connection and bytes read past the handshake.
    func run(target: ConnectTarget, configuration: WebSocketClientConfiguration) throws(WebSocketError) -> (WebSocketConnection, [UInt8]) {
        let deadline = ContinuousClock.now + configuration.connectTimeout
        let fd = try TCPConnector.connect(host: target.host, port: target.port, deadline: deadline) { fd in
            state.withLock { state in
                state.fd = fd
                return !state.cancelled
            }
        }
        var stream: (any ByteStream)?
        do {
            POSIX.setTimeouts(fd, remaining(until: deadline))
            if target.secure {
                #if canImport(CSchemaWireOpenSSL)
                stream = try TLSStream.connect(fd: fd, host: target.host, configuration: configuration.tls)
                #else
                throw WebSocketError.tlsFailed(reason: "wss:// needs OpenSSL on this platform; use URLSessionWebSocketTransport on Apple platforms")
                #endif
            } else {
                stream = SocketStream(fd: fd)
            }
            stream!.setTimeout(remaining(until: deadline))
            let result = try upgrade(stream!, target: target, configuration: configuration)
            stream!.setTimeout(nil)
            state.withLock { $0.fd = nil }
            return result
        } catch {
            state.withLock { $0.fd = nil }
            if let stream { stream.close() } else { _ = close(fd) }
            if case .timedOut = error { throw WebSocketError.timedOut(phase: "connecting to \(target.host):\(target.port)", after: configuration.connectTimeout) }
            throw error
        }
    }

    private func remaining(until deadline: ContinuousClock.Instant) -> Duration {
        max(deadline - .now, .milliseconds(1))
    }

    private func upgrade(_ stream: any ByteStream, target: ConnectTarget, configuration: WebSocketClientConfiguration) throws(WebSocketError) -> (WebSocketConnection, [UInt8]) {
        let key = Handshake.makeKey()
        var request = "GET \(target.requestTarget) HTTP/1.1\r\nHost: \(target.hostHeader)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        request += "Sec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n"
        if !configuration.subprotocols.isEmpty { request += "Sec-WebSocket-Protocol: \(configuration.subprotocols.joined(separator: ", "))\r\n" }
        for field in configuration.headers {
            let breaksLine = { (text: String) in text.utf8.contains { $0 == 13 || $0 == 10 } }
            guard !breaksLine(field.name), !breaksLine(field.value), !field.name.utf8.contains(58), !field.name.isEmpty else {
                throw .invalidHandshake(reason: "a request header name or value contains a line break or a colon in its name")
            }
            request += "\(field.name): \(field.value)\r\n"
        }
        request += "\r\n"
        try stream.write(Array(request.utf8))

        let (head, leftover) = try HTTPHead.read(from: stream)
        let parts = head.startLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]) else {
            throw .invalidHandshake(reason: "malformed status line")
        }
        guard status == 101 else {
            let body = try HTTPHead.readBody(from: stream, headers: head.headers, leftover: leftover, limit: configuration.maximumRejectionBodySize, untilEnd: true)
            throw .handshakeRejected(WebSocketHTTPResponse(status: status, headers: head.headers, body: body))
        }
        guard head.headers["Upgrade"]?.lowercased() == "websocket" else { throw .invalidHandshake(reason: "101 answer without Upgrade: websocket") }
        guard head.headers.contains(name: "Connection", token: "upgrade") else { throw .invalidHandshake(reason: "101 answer without Connection: Upgrade") }
        guard head.headers["Sec-WebSocket-Accept"] == Handshake.acceptValue(forKey: key) else {
            throw .invalidHandshake(reason: "Sec-WebSocket-Accept does not match the key sent")
        }
        guard head.headers["Sec-WebSocket-Extensions"] == nil else { throw .invalidHandshake(reason: "server chose an extension none was offered") }
        let subprotocol = head.headers["Sec-WebSocket-Protocol"]
        if let subprotocol, !configuration.subprotocols.contains(subprotocol) {
            throw .invalidHandshake(reason: "server chose subprotocol \(subprotocol), which was not offered")
        }
        let connection = WebSocketConnection(role: .client, stream: stream, options: configuration.options, subprotocol: subprotocol,
                                             request: nil, responseHeaders: head.headers)
        return (connection, leftover)
    }
}
