/// The transport-level failures the client core reasons about when it decides whether to reconnect.
///
/// Transports map their own errors onto these cases (see `SchemaWireSocket`'s conformance). No case
/// carries request header values.
public enum TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The TCP/TLS connection could not be opened.
    case connectFailed(String)
    /// The server answered the upgrade with a non-101 HTTP status.
    case upgradeRejected(status: Int, body: String)
    /// The connection was closed; `code` is `nil` when the close frame had no code (1005) or no close
    /// frame arrived at all.
    case closed(code: UInt16?, reason: String)
    /// A ping got no pong within the configured timeout; the link is considered dead.
    case pongTimeout
    /// Any other transport failure, described in words.
    case other(String)

    /// A short, secret-free description.
    public var description: String {
        switch self {
        case .connectFailed(let why): return "connect failed: \(why)"
        case .upgradeRejected(let status, _): return "upgrade rejected with HTTP \(status)"
        case .closed(let code, let reason):
            let codeText = code.map(String.init) ?? "no code"
            return reason.isEmpty ? "closed (\(codeText))" : "closed (\(codeText)): \(reason)"
        case .pongTimeout: return "no pong within the timeout"
        case .other(let what): return what
        }
    }
}
