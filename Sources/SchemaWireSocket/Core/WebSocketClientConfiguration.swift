/// How a client connects: request headers, subprotocols, timeouts, TLS and the shared limits.
public struct WebSocketClientConfiguration: Sendable, Hashable {
    /// Extra request headers, e.g. `Authorization`, `X-Api-Key`, `Origin`. Their credential values
    /// never appear in errors or descriptions.
    public var headers: WebSocketHTTPHeaders = [:]
    /// Subprotocols offered in `Sec-WebSocket-Protocol`, in order of preference. Default none.
    public var subprotocols: [String] = []
    /// The time allowed for name resolution, TCP connect, TLS and the upgrade together. Default 10 s.
    public var connectTimeout: Duration = .seconds(10)
    /// The largest body kept from a non-101 answer, in bytes. Default 64 KiB.
    public var maximumRejectionBodySize: Int = 64 << 10
    /// Certificate checking for `wss://`.
    public var tls: WebSocketTLSConfiguration = .init()
    /// Limits, keep-alive and close timers.
    public var options: WebSocketOptions = .init()

    /// The documented defaults.
    public init() {}
}
