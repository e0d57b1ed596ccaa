/// A simulator's server-side view at one moment, for tests to assert on.
public struct SimulatorView: Sendable, Hashable {
    /// Connections open now.
    public var openConnections: Int
    /// Connections accepted since the simulator started.
    public var acceptedConnections: Int
    /// Upgrade requests refused (e.g. Events Hub 401).
    public var rejectedUpgrades: Int
    /// For each channel, how many open connections are subscribed to it now.
    public var subscribers: [String: Int]
    /// Subscribe requests received per channel, over every connection.
    public var subscribeRequests: [String: Int]
    /// Unsubscribe requests received per channel, over every connection.
    public var unsubscribeRequests: [String: Int]
    /// Subscribe requests for a channel the same connection was already subscribed to.
    public var duplicateSubscribeRequests: Int
    /// Per connection, in accept order: the subscribe requests it received per channel.
    public var subscribeRequestsByConnection: [[String: Int]]
    /// Events pushed to clients.
    public var eventsSent: Int
    /// Protocol-specific counters (e.g. `heartbeat` for Navixy heartbeats, `ping` for Events Hub pings).
    public var counters: [String: Int]

    /// The channels with at least one subscriber now.
    public var activeChannels: Set<String> { Set(subscribers.filter { $0.value > 0 }.keys) }
}
