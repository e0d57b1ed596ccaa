/// What the Events Hub's welcome message tells a new connection.
public struct EventsHubSession: Sendable, Hashable {
    /// The server's id for this connection (a UUID), needed for the REST unsubscribe.
    public let clientID: String
    /// The event types the server actually subscribed (invalid names are skipped; `global` is always in).
    public let subscriptions: [String]

    /// Creates a session.
    public init(clientID: String, subscriptions: [String]) {
        self.clientID = clientID
        self.subscriptions = subscriptions
    }
}
