/// Errors the client surfaces to callers and subscriptions. No case holds secrets.
public enum ClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `close()` was called; the client is final.
    case closed
    /// The server ended the session (e.g. Navixy `logout`); the client does not reconnect.
    case sessionEnded(reason: String)
    /// The server refused the credentials (e.g. Events Hub HTTP 401); the client does not reconnect.
    case authenticationFailed(status: Int, detail: String)
    /// A channel parameter failed local validation, so nothing was sent.
    case invalidChannel(address: String, reason: String)
    /// The server answered a request with an API error.
    case apiError(code: Int, description: String)
    /// The server closed the connection for a reason the adapter recognised (e.g. Symbol 1013).
    case rejectedByServer(code: UInt16?, reason: String)
    /// A request got no answer within the reply timeout.
    case replyTimeout(operation: String)
    /// The protocol handshake did not complete (wrong first frame, timeout).
    case handshakeFailed(String)
    /// The retry budget ran out before a connection could be established.
    case connectionFailed(TransportError)
    /// A protocol-level fault the adapter could not map further.
    case protocolViolation(String)
    /// The connection dropped while a request was in flight; it is retried after reconnecting.
    case connectionLost

    /// A short, secret-free description.
    public var description: String {
        switch self {
        case .closed: return "the client was closed"
        case .sessionEnded(let reason): return "the server ended the session: \(reason)"
        case .authenticationFailed(let status, let detail): return "authentication failed (HTTP \(status)): \(detail)"
        case .invalidChannel(let address, let reason): return "invalid channel \(address): \(reason)"
        case .apiError(let code, let description): return "API error \(code): \(description)"
        case .rejectedByServer(let code, let reason):
            return "server closed the connection (\(code.map(String.init) ?? "no code")): \(reason)"
        case .replyTimeout(let operation): return "no reply to \(operation) within the timeout"
        case .handshakeFailed(let why): return "handshake failed: \(why)"
        case .connectionFailed(let error): return "could not connect: \(error)"
        case .protocolViolation(let what): return "protocol violation: \(what)"
        case .connectionLost: return "the connection dropped before the request completed"
        }
    }
}

/// Why a subscription's sequence ended with an error.
public enum SubscriptionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The buffer overflowed under `BufferPolicy.failSubscription`.
    case bufferOverflow(channel: String, capacity: Int)
    /// The client ended (closed, terminal session end, retries exhausted).
    case clientEnded(ClientError)

    /// A short description.
    public var description: String {
        switch self {
        case .bufferOverflow(let channel, let capacity):
            return "subscription to \(channel) overflowed its buffer of \(capacity) messages"
        case .clientEnded(let error): return "subscription ended: \(error)"
        }
    }
}
