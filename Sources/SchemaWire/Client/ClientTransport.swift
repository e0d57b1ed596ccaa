/// Opens WebSocket connections for the client core (the seam `SchemaWireSocket` and URLSession plug into).
///
/// `SchemaWireSocket` provides the Linux/POSIX conformance; on Apple platforms a URLSession-based one
/// may be used instead. The client core knows nothing else about sockets.
public protocol ClientTransport: Sendable {
    /// Opens a connection and completes the opening handshake. Failures are `TransportError`s.
    func connect(_ request: TransportRequest) async throws(TransportError) -> any ClientLink
}

/// One open WebSocket connection, as the client core uses it.
public protocol ClientLink: Sendable {
    /// Every incoming message, in order, in batches of what arrived together (never empty; a batch per
    /// socket read, so the core pays its per-wake-up costs once per batch). The sequence ends by throwing
    /// a `TransportError` (`.closed(code:reason:)` for a close handshake), or by finishing normally after
    /// `close`/`abort`. It can be iterated once.
    var messages: AsyncThrowingStream<[TransportMessage], any Error> { get }
    /// Sends a text message. Frames of concurrent sends never interleave.
    func send(text: String) async throws(TransportError)
    /// Sends a WebSocket ping and returns when the matching pong arrives.
    func ping() async throws(TransportError) -> Duration
    /// Starts the close handshake with a code and reason, then releases the socket.
    func close(code: UInt16, reason: String) async
    /// Drops the connection at once without a close handshake (used for dead links).
    func abort() async
}
