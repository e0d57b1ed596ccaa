/// One complete WebSocket message as the transport hands it to the client core.
public struct TransportMessage: Sendable, Hashable {
    /// Whether the peer sent the message as a text or a binary frame.
    public enum Kind: Sendable, Hashable {
        /// A text message (UTF-8, already validated by the transport).
        case text
        /// A binary message.
        case binary
    }

    /// Text or binary.
    public let kind: Kind
    /// The message's bytes, exactly as received.
    public let bytes: [UInt8]

    /// Creates a message from raw bytes.
    public init(kind: Kind, bytes: [UInt8]) {
        self.kind = kind
        self.bytes = bytes
    }

    /// Creates a text message from a string.
    public init(text: String) {
        self.init(kind: .text, bytes: Array(text.utf8))
    }

    /// The bytes decoded as UTF-8 (lossy for binary messages that are not valid UTF-8).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
