import EventsHubAPI
import Foundation
import NavixyAPI
import SchemaWire
import SchemaWireSimulator
import SchemaWireSocket
import SymbolAPI

/// The demo's moving parts: the three simulators on loopback, one typed client each, and the
/// channels every client follows.
struct DemoRig: Sendable {
    /// The Navixy simulator and the client pointed at it.
    let navixy: (simulator: NavixySimulator, feed: LiveFeed<NavixyProtocol>)
    /// The Symbol simulator and client.
    let symbol: (simulator: SymbolSimulator, feed: LiveFeed<SymbolProtocol>)
    /// The Events Hub simulator and client.
    let eventsHub: (simulator: EventsHubSimulator, feed: LiveFeed<EventsHubProtocol>)

    /// Starts the simulators (ephemeral loopback ports, one tick every `interval`) and builds the clients.
    static func start(interval: Duration) throws -> DemoRig {
        let feed = SimulatorFeed(interval: interval)
        let configuration = ClientConfiguration(reconnect: ReconnectPolicy(initialDelay: .milliseconds(200), maximumDelay: .seconds(2)))
        // Credentials made up for this run: the simulators accept exactly these.
        let hash = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let token = UUID().uuidString

        let navixySimulator = try NavixySimulator(account: .init(hash: hash), feed: feed)
        let navixyClient = ChannelClient(
            adapter: NavixyProtocol(baseURL: navixySimulator.baseURL, hash: hash), transport: SocketClientTransport(), configuration: configuration
        )
        let navixyChannels = [
            try ChannelPlan.navixy("state", trackers: [101, 102], lifecycle: true),
            try ChannelPlan.navixy("state_batch", trackers: [], rateLimit: "1s", format: "compact"),
            try ChannelPlan.navixy("readings_batch", trackers: [], rateLimit: "1s"),
            try ChannelPlan.navixy("iot_monitor", trackers: [101, 102], rateLimit: "1s"),
        ]

        let symbolSimulator = try SymbolSimulator(feed: feed)
        let symbolClient = SymbolClient(url: symbolSimulator.url, configuration: configuration)
        var symbolChannels = ["block", "finalizedBlock", "unconfirmedAdded", "status"].map(ChannelPlan.symbol)
        if let account = SymbolSimulator.demoAccount {
            symbolChannels.insert(ChannelPlan.symbol("confirmedAdded/\(account.description)"), at: 2)
        }

        let eventsHubSimulator = try EventsHubSimulator(token: token, apiKey: UUID().uuidString, feed: feed)
        let eventsHubClient = ChannelClient(
            adapter: EventsHubProtocol(baseURL: eventsHubSimulator.baseURL, credentials: try .bearerToken(token)),
            transport: SocketClientTransport(), configuration: configuration
        )
        let eventsHubChannels = ["pdfm", "orchestrator", "stats"].map(ChannelPlan.eventsHub)

        return DemoRig(
            navixy: (navixySimulator, LiveFeed(api: .navixy, client: navixyClient, channels: navixyChannels)),
            symbol: (symbolSimulator, LiveFeed(api: .symbol, client: symbolClient, channels: symbolChannels)),
            eventsHub: (eventsHubSimulator, LiveFeed(api: .eventshub, client: eventsHubClient, channels: eventsHubChannels))
        )
    }

    /// Subscribes every client; returns the tasks that forward their streams to `printer`.
    func subscribeAll(printer: FeedPrinter) async throws(ClientError) -> [Task<Void, Never>] {
        var tasks = try await navixy.feed.start(printer: printer)
        tasks += try await symbol.feed.start(printer: printer)
        tasks += try await eventsHub.feed.start(printer: printer)
        return tasks
    }

    /// Closes the clients, then stops the simulators.
    func shutdown() async {
        await navixy.feed.client.close()
        await symbol.feed.client.close()
        await eventsHub.feed.client.close()
        await navixy.simulator.shutdown()
        await symbol.simulator.shutdown()
        await eventsHub.simulator.shutdown()
    }
}
