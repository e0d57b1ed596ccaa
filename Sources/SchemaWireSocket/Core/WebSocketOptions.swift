/// Limits and timers shared by the client and the server role.
public struct WebSocketOptions: Sendable, Hashable {
    /// The largest single frame payload accepted, in bytes. Default 16 MiB.
    public var maximumFrameSize: Int = 16 << 20
    /// The largest message (all fragments together) accepted, in bytes. Default 16 MiB.
    ///
    /// A frame or message over a limit closes the connection with 1009 and ends the message sequence
    /// with `WebSocketError.messageTooLarge`; the excess is never buffered.
    public var maximumMessageSize: Int = 16 << 20
    /// How many received bytes may wait for the consumer before reading from the socket pauses
    /// (TCP back-pressure). Default 32 MiB. Memory per connection stays under about this plus one
    /// maximum message.
    public var maximumBufferedBytes: Int = 32 << 20
    /// How often to send a keep-alive ping; `nil` sends none. Default 30 s for clients.
    public var pingInterval: Duration? = .seconds(30)
    /// How long to wait for the pong of a keep-alive ping before declaring the link dead: the
    /// connection is then closed locally with 1006 and `WebSocketError.pongTimeout`. Default 10 s.
    public var pongTimeout: Duration = .seconds(10)
    /// How long `close` waits for the peer's close frame before dropping the TCP connection. Default 5 s.
    public var closeTimeout: Duration = .seconds(5)
    /// Whether pings from the peer are answered with pongs (RFC 6455 requires it; turning it off is
    /// for tests of dead-link detection). Default `true`.
    public var answersPings: Bool = true

    /// The defaults above.
    public init() {}
}
