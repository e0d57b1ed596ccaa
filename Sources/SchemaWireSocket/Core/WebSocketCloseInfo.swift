/// How a connection ended: the close code and reason, and which side started the close.
public struct WebSocketCloseInfo: Sendable, Hashable, CustomStringConvertible {
    /// Which endpoint began the closing.
    public enum Initiator: Sendable, Hashable {
        /// This endpoint (a `close` call, a detected violation, a pong timeout).
        case local
        /// The peer (its close frame, or its dropping the TCP connection).
        case remote
    }

    /// The code: the one in the first close frame received, or a local code (1006 when there was no
    /// close handshake, 1002/1007/1009 when this side rejected the peer's data).
    public var code: WebSocketCloseCode
    /// The reason text from the close frame (may be empty).
    public var reason: String
    /// Which side started it.
    public var initiator: Initiator

    /// Creates close information.
    public init(code: WebSocketCloseCode, reason: String, initiator: Initiator) {
        self.code = code
        self.reason = reason
        self.initiator = initiator
    }

    /// E.g. `1013 (try again later) "bad channel", closed by the peer`.
    public var description: String {
        "\(code) \"\(reason)\", closed by \(initiator == .local ? "this side" : "the peer")"
    }
}
