/// Everything that can go wrong with a WebSocket connection, with the context needed to act on it.
///
/// Descriptions never contain header values of credential fields, nor URL queries (which may carry
/// API keys): hosts, ports, codes and reasons only.
public enum WebSocketError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The URL is not a usable `ws://` or `wss://` URL.
    case invalidURL(reason: String)
    /// The host name could not be resolved.
    case hostNotFound(host: String, reason: String)
    /// No TCP connection could be made.
    case connectionFailed(host: String, port: Int, reason: String)
    /// A phase did not finish within its configured time.
    case timedOut(phase: String, after: Duration)
    /// The TLS handshake failed because the server's certificate was not accepted.
    case certificateRejected(host: String, reason: String)
    /// TLS could not be set up or failed for a reason other than the certificate.
    case tlsFailed(reason: String)
    /// The server answered the upgrade request with something other than `101`.
    case handshakeRejected(WebSocketHTTPResponse)
    /// The server's (or client's) handshake was malformed or did not match RFC 6455.
    case invalidHandshake(reason: String)
    /// The peer broke the framing rules; this side closed with 1002.
    case protocolViolation(reason: String)
    /// A text message or close reason was not valid UTF-8; this side closed with 1007.
    case invalidUTF8
    /// A frame or message exceeded the configured limit; this side closed with 1009.
    case messageTooLarge(size: Int, limit: Int)
    /// No pong arrived within the configured timeout; the link was declared dead (1006).
    case pongTimeout(after: Duration)
    /// The TCP connection broke or ended without a close handshake (1006).
    case connectionLost(reason: String)
    /// The connection is closed (or closing); nothing more can be sent.
    case notOpen(WebSocketCloseInfo?)
    /// The task waiting on the connection was cancelled; the connection has been closed.
    case cancelled

    /// One line a person can act on.
    public var description: String {
        switch self {
        case .invalidURL(let reason): "invalid WebSocket URL: \(reason)"
        case .hostNotFound(let host, let reason): "cannot resolve host \(host): \(reason)"
        case .connectionFailed(let host, let port, let reason): "cannot connect to \(host):\(port): \(reason)"
        case .timedOut(let phase, let after): "\(phase) timed out after \(after)"
        case .certificateRejected(let host, let reason): "TLS certificate of \(host) rejected: \(reason)"
        case .tlsFailed(let reason): "TLS failed: \(reason)"
        case .handshakeRejected(let response): "server refused the WebSocket upgrade: \(response)"
        case .invalidHandshake(let reason): "invalid WebSocket handshake: \(reason)"
        case .protocolViolation(let reason): "WebSocket protocol violation (closed with 1002): \(reason)"
        case .invalidUTF8: "text message or close reason is not valid UTF-8 (closed with 1007)"
        case .messageTooLarge(let size, let limit): "message of at least \(size) bytes exceeds the limit of \(limit) bytes (closed with 1009)"
        case .pongTimeout(let after): "no pong within \(after): connection declared dead (1006)"
        case .connectionLost(let reason): "connection lost without a close handshake (1006): \(reason)"
        case .notOpen(let info): "connection is not open" + (info.map { ": \($0)" } ?? "")
        case .cancelled: "cancelled; the connection was closed"
        }
    }

    /// The close code this error stands for.
    var closeCode: WebSocketCloseCode {
        switch self {
        case .protocolViolation: .protocolError
        case .invalidUTF8: .invalidFramePayloadData
        case .messageTooLarge: .messageTooBig
        case .cancelled: .goingAway
        default: .abnormalClosure
        }
    }
}
