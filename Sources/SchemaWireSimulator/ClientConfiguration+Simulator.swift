import SchemaWire

extension ClientConfiguration {
    /// Settings for clients talking to a local simulator: reconnects within milliseconds and no
    /// WebSocket pings (tests that exercise liveness set their own).
    public static let simulator = ClientConfiguration(
        reconnect: ReconnectPolicy(initialDelay: .milliseconds(2), maximumDelay: .milliseconds(20)),
        pingInterval: nil
    )
}
