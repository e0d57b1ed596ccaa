import SchemaWireSocket

/// The simulator's book of connections and subscriptions; the source of `SimulatorView`.
public actor SimulatorLedger {
    private struct Live {
        let connection: WebSocketConnection
        var channels: Set<String> = []
        let index: Int
    }

    private var live: [ObjectIdentifier: Live] = [:]
    private var accepted = 0
    private var rejected = 0
    private var subscribeCounts: [String: Int] = [:]
    private var unsubscribeCounts: [String: Int] = [:]
    private var duplicates = 0
    private var byConnection: [[String: Int]] = []
    private var sent = 0
    private var counters: [String: Int] = [:]

    /// Creates an empty ledger.
    public init() {}

    /// The current view.
    public func view() -> SimulatorView {
        var subscribers: [String: Int] = [:]
        for entry in live.values {
            for channel in entry.channels { subscribers[channel, default: 0] += 1 }
        }
        return SimulatorView(
            openConnections: live.count, acceptedConnections: accepted, rejectedUpgrades: rejected,
            subscribers: subscribers, subscribeRequests: subscribeCounts, unsubscribeRequests: unsubscribeCounts,
            duplicateSubscribeRequests: duplicates, subscribeRequestsByConnection: byConnection, eventsSent: sent, counters: counters
        )
    }

    func opened(_ connection: WebSocketConnection) {
        live[ObjectIdentifier(connection)] = Live(connection: connection, index: byConnection.count)
        byConnection.append([:])
        accepted += 1
    }

    func closed(_ connection: WebSocketConnection) {
        live[ObjectIdentifier(connection)] = nil
    }

    func rejectedUpgrade() {
        rejected += 1
    }

    /// Records a subscribe; returns whether the connection was not yet subscribed.
    @discardableResult
    func subscribe(_ connection: WebSocketConnection, to channel: String) -> Bool {
        subscribeCounts[channel, default: 0] += 1
        guard var entry = live[ObjectIdentifier(connection)] else { return false }
        byConnection[entry.index][channel, default: 0] += 1
        let isNew = entry.channels.insert(channel).inserted
        if !isNew { duplicates += 1 }
        live[ObjectIdentifier(connection)] = entry
        return isNew
    }

    /// Records an unsubscribe; returns whether the connection was subscribed.
    @discardableResult
    func unsubscribe(_ connection: WebSocketConnection, from channel: String) -> Bool {
        unsubscribeCounts[channel, default: 0] += 1
        guard var entry = live[ObjectIdentifier(connection)] else { return false }
        let removed = entry.channels.remove(channel) != nil
        live[ObjectIdentifier(connection)] = entry
        return removed
    }

    /// The channels `connection` is subscribed to.
    func channels(of connection: WebSocketConnection) -> Set<String> {
        live[ObjectIdentifier(connection)]?.channels ?? []
    }

    /// Every open connection with its channels.
    func subscriptions() -> [(connection: WebSocketConnection, channels: Set<String>)] {
        live.values.sorted { $0.index < $1.index }.map { ($0.connection, $0.channels) }
    }

    func count(_ name: String) {
        counters[name, default: 0] += 1
    }

    func countSent(_ count: Int) {
        sent += count
    }
}
