/// The client core's knobs, with documented defaults.
public struct ClientConfiguration: Sendable, Hashable {
    /// Reconnect behaviour. Default: `ReconnectPolicy()` (0.5 s doubling to 30 s, unlimited).
    public var reconnect: ReconnectPolicy
    /// Buffer policy for subscriptions that do not name their own. Default `BufferPolicy.default`.
    public var buffer: BufferPolicy
    /// Interval of WebSocket pings used to detect dead links; `nil` disables them. Default 20 s.
    public var pingInterval: Duration?
    /// How long a ping may wait for its pong before the link is declared dead. Default 10 s.
    public var pongTimeout: Duration
    /// How long the protocol handshake (e.g. Symbol's `uid` frame) may take after the upgrade. Default 10 s.
    public var handshakeTimeout: Duration
    /// How long a request that expects an answer (e.g. Navixy's subscribe) waits. Default 15 s.
    public var replyTimeout: Duration
    /// Capacity of the diagnostics and connection-event streams (newest kept). Default 256.
    public var diagnosticsCapacity: Int

    /// Creates a configuration; see the properties for the defaults.
    public init(
        reconnect: ReconnectPolicy = ReconnectPolicy(),
        buffer: BufferPolicy = .default,
        pingInterval: Duration? = .seconds(20),
        pongTimeout: Duration = .seconds(10),
        handshakeTimeout: Duration = .seconds(10),
        replyTimeout: Duration = .seconds(15),
        diagnosticsCapacity: Int = 256
    ) {
        self.reconnect = reconnect
        self.buffer = buffer
        self.pingInterval = pingInterval
        self.pongTimeout = pongTimeout
        self.handshakeTimeout = handshakeTimeout
        self.replyTimeout = replyTimeout
        self.diagnosticsCapacity = diagnosticsCapacity
    }
}
