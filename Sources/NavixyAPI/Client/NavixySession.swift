/// What the Atmosphere handshake frame `<tracking id>|<heartbeat ms>|<padding>|` tells a connection.
public struct NavixySession: Sendable, Hashable {
    /// The Atmosphere tracking id the server assigned.
    public let trackingID: String
    /// How often the client must send the heartbeat.
    public let heartbeatInterval: Duration
    /// The heartbeat text (`X` on real servers).
    public let heartbeatPadding: String

    /// Creates a session.
    public init(trackingID: String, heartbeatInterval: Duration, heartbeatPadding: String) {
        self.trackingID = trackingID
        self.heartbeatInterval = heartbeatInterval
        self.heartbeatPadding = heartbeatPadding
    }

    /// Parses the handshake frame; `nil` when the text is not one.
    public init?(handshakeFrame text: String) {
        let parts = text.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count >= 3, !parts[0].isEmpty, let milliseconds = Int(parts[1]), milliseconds > 0,
              !parts[0].contains("{") else { return nil }
        self.init(trackingID: String(parts[0]), heartbeatInterval: .milliseconds(milliseconds), heartbeatPadding: parts[2].isEmpty ? "X" : String(parts[2]))
    }
}
