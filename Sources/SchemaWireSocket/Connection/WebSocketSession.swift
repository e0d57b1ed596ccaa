import Foundation

/// What a client needs from a live WebSocket connection, whichever transport made it: the POSIX
/// implementation here (`WebSocketConnection`) or, on Apple platforms, `URLSessionWebSocketSession`.
public protocol WebSocketSession: AnyObject, Sendable {
    /// Incoming messages; ends after a close handshake, throws `WebSocketError` on failure.
    var messages: WebSocketMessages { get }
    /// The agreed subprotocol, if any.
    var subprotocol: String? { get }
    /// How the connection ended, or nil while it is open.
    var closeInfo: WebSocketCloseInfo? { get }
    /// Sends one message; safe to call from many tasks at once (frames never interleave).
    func send(_ message: WebSocketMessage) async throws
    /// Sends a ping and returns the round-trip time.
    func ping() async throws -> Duration
    /// Closes with a handshake and returns how the connection ended.
    @discardableResult func close(code: WebSocketCloseCode, reason: String) async -> WebSocketCloseInfo
    /// Waits until the connection has ended, however it ends, and says how.
    func waitUntilClosed() async -> WebSocketCloseInfo
}

extension WebSocketSession {
    /// Sends a text message.
    public func send(text: String) async throws {
        try await send(WebSocketMessage(text: text))
    }

    /// Sends a binary message.
    public func send(binary: [UInt8]) async throws {
        try await send(WebSocketMessage(binary: binary))
    }
}

/// Something that opens WebSocket connections: lets a client pick or swap the transport.
public protocol WebSocketTransport: Sendable {
    /// Opens a connection to a `ws://` or `wss://` URL.
    func connect(to url: URL, configuration: WebSocketClientConfiguration) async throws -> any WebSocketSession
}
