/// Server-to-client frames encoded once, to be written as they are to any number of connections
/// (broadcasts, replaying fixtures, benchmarks) without re-encoding each time.
///
/// Only the server role may send them: client frames must each carry a fresh masking key.
public struct WebSocketEncodedFrames: Sendable, Hashable {
    /// The wire bytes of every frame, back to back.
    public let bytes: [UInt8]
    /// How many messages the frames carry.
    public let messageCount: Int

    /// Unmasked frames carrying `messages` in order, one frame each.
    public init(messages: [WebSocketMessage]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(messages.reduce(0) { $0 + $1.bytes.count + 10 })
        for message in messages {
            bytes += FrameEncoder.frame(message.kind == .text ? .text : .binary, payload: message.bytes, masked: false)
        }
        self.bytes = bytes
        self.messageCount = messages.count
    }

    /// Unmasked frames carrying `message` `count` times.
    public init(repeating message: WebSocketMessage, count: Int) {
        let frame = FrameEncoder.frame(message.kind == .text ? .text : .binary, payload: message.bytes, masked: false)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(frame.count * count)
        for _ in 0..<count { bytes += frame }
        self.bytes = bytes
        self.messageCount = count
    }
}
