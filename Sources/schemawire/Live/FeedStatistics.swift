/// Counts what a live feed saw: events per API and channel, reconnects, drops and errors.
actor FeedStatistics {
    /// One channel's row in the summary.
    struct ChannelCount: Sendable, Hashable {
        /// The API.
        var api: APIName
        /// The channel as the wire names it.
        var channel: String
        /// Events received on it.
        var events: Int
    }

    private var counts: [String: ChannelCount] = [:]
    private var order: [String] = []
    private(set) var reconnects: [APIName: Int] = [:]
    private var dropsByChannel: [String: Int] = [:]
    private(set) var errors = 0
    private let started = ContinuousClock.now

    /// Counts one event on `channel` of `api`; returns the channel's new total.
    @discardableResult
    func count(_ api: APIName, channel: String, events: Int = 1) -> Int {
        let key = "\(api.rawValue)/\(channel)"
        if counts[key] == nil {
            counts[key] = ChannelCount(api: api, channel: channel, events: 0)
            order.append(key)
        }
        counts[key]?.events += events
        return counts[key]?.events ?? 0
    }

    /// Counts one reconnect of `api`'s client.
    func reconnected(_ api: APIName) { reconnects[api, default: 0] += 1 }

    /// Records a subscription's running total of lost events (buffer drops).
    func dropped(channel: String, total: Int) { dropsByChannel[channel] = max(dropsByChannel[channel] ?? 0, total) }

    /// Events lost to buffer policies, over every channel.
    var drops: Int { dropsByChannel.values.reduce(0, +) }

    /// Counts one error (a message that failed to decode, a diagnostic).
    func failed() { errors += 1 }

    /// Every channel in first-seen order.
    var channels: [ChannelCount] {
        let ranked = order.compactMap { counts[$0] }.enumerated().sorted { left, right in
            let apis = (APIName.allCases.firstIndex(of: left.element.api) ?? 0, APIName.allCases.firstIndex(of: right.element.api) ?? 0)
            return apis.0 != apis.1 ? apis.0 < apis.1 : left.offset < right.offset
        }
        return ranked.map(\.element)
    }

    /// Events over every channel.
    var totalEvents: Int { counts.values.reduce(0) { $0 + $1.events } }

    /// Events of one API.
    func events(of api: APIName) -> Int { counts.values.filter { $0.api == api }.reduce(0) { $0 + $1.events } }

    /// Seconds since the statistics started.
    var elapsedSeconds: Double {
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The one-line live status, e.g. `4.2 s · 1,234 events · 290/s · 1 reconnect`.
    var statusLine: String {
        let seconds = elapsedSeconds
        let total = totalEvents
        let rate = seconds > 0 ? Int(Double(total) / seconds) : 0
        let reconnectTotal = reconnects.values.reduce(0, +)
        return "\(String(format: "%.1f", seconds)) s · \(total) events · \(rate)/s · \(reconnectTotal) reconnect\(reconnectTotal == 1 ? "" : "s") · \(errors) errors"
    }

    /// The closing summary: a table of channels, then the totals.
    var summary: String {
        let seconds = max(elapsedSeconds, 0.001)
        let rows = channels.map { row in
            [row.api.label, row.channel, String(row.events), String(format: "%.1f", Double(row.events) / seconds)]
        }
        var lines = [Terminal.styled("Summary", .bold), Terminal.table(["api", "channel", "events", "events/s"], rows), ""]
        let total = totalEvents
        lines.append("events:     \(total) in \(String(format: "%.1f", seconds)) s (\(String(format: "%.1f", Double(total) / seconds))/s)")
        let reconnectText = APIName.allCases.filter { reconnects[$0] != nil }.map { "\($0.label) \(reconnects[$0] ?? 0)" }
        lines.append("reconnects: \(reconnects.values.reduce(0, +))" + (reconnectText.isEmpty ? "" : " (\(reconnectText.joined(separator: ", ")))"))
        lines.append("drops:      \(drops)")
        lines.append("errors:     \(errors)")
        return lines.joined(separator: "\n")
    }
}
