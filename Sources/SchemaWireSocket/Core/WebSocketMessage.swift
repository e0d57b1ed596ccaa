/// One complete WebSocket message (all its fragments joined), as the bytes of its payload.
///
/// Text messages have already been checked to be valid UTF-8 when they arrive, so `text` never
/// fails; JSON readers can work on `bytes` directly without building a `String`.
public struct WebSocketMessage: Sendable, Hashable {
    /// Whether the message was sent as text (opcode 0x1) or binary (opcode 0x2).
    public enum Kind: Sendable, Hashable {
        /// A UTF-8 text message.
        case text
        /// A binary message.
        case binary
    }

    /// Text or binary.
    public var kind: Kind
    /// The payload.
    public var bytes: [UInt8]

    /// A message of the given kind; for `.text` the caller vouches that `bytes` is valid UTF-8.
    public init(kind: Kind, bytes: [UInt8]) {
        self.kind = kind
        self.bytes = bytes
    }

    /// A text message.
    public init(text: String) {
        self.init(kind: .text, bytes: Array(text.utf8))
    }

    /// A binary message.
    public init(binary: [UInt8]) {
        self.init(kind: .binary, bytes: binary)
    }

    /// The payload decoded as UTF-8 (for binary payloads, invalid sequences become U+FFFD).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
