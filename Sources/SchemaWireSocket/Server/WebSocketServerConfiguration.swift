/// Where and how a `WebSocketServer` listens.
public struct WebSocketServerConfiguration: Sendable, Hashable {
    /// The address to bind: `127.0.0.1` (default) or `::1`; any numeric address works.
    public var host: String = "127.0.0.1"
    /// The port; 0 (default) lets the system pick one, readable afterwards as `WebSocketServer.port`.
    public var port: Int = 0
    /// The listen backlog. Default 512.
    public var backlog: Int32 = 512
    /// The time a client has to send its request head (and body). Default 10 s.
    public var requestTimeout: Duration = .seconds(10)
    /// The largest plain-HTTP request body accepted; larger ones get 413. Default 1 MiB.
    public var maximumRequestBodySize: Int = 1 << 20
    /// Limits and timers of accepted connections; keep-alive pings are off by default on the server.
    public var options: WebSocketOptions = {
        var options = WebSocketOptions()
        options.pingInterval = nil
        return options
    }()

    /// Loopback, an ephemeral port, the documented defaults.
    public init() {}
}
