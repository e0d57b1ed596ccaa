import Foundation
import SchemaWire
import SchemaWireSocket

/// What every simulator shares: a loopback `WebSocketServer`, the ledger, the feed task, and the
/// failure switches (drop every connection, stop answering pings).
final class SimulatorHost: Sendable {
    let ledger: SimulatorLedger
    let server: WebSocketServer
    private let feedTask = FeedTaskBox()

    /// Starts a server whose connections run `serve`, bracketed by ledger bookkeeping.
    init(
        port: Int = 0,
        ledger: SimulatorLedger = SimulatorLedger(),
        upgrade: WebSocketServer.UpgradeHook? = nil,
        http: WebSocketServer.HTTPHandler? = nil,
        serve: @escaping @Sendable (WebSocketConnection, SimulatorLedger) async -> Void
    ) throws {
        self.ledger = ledger
        var configuration = WebSocketServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = port
        server = try WebSocketServer(configuration: configuration, upgrade: upgrade, http: http) { connection in
            await ledger.opened(connection)
            await serve(connection, ledger)
            await ledger.closed(connection)
        }
    }

    /// Starts the synthetic feed, calling `tick` at its rate until `shutdown`.
    func startFeed(_ feed: SimulatorFeed, tick: @escaping @Sendable () async -> Void) {
        feedTask.set(feed.run(tick))
    }

    /// `ws://127.0.0.1:<port>` + `path`.
    func url(path: String) -> URL {
        URL(string: server.baseURL + path)!
    }

    /// `http://127.0.0.1:<port>`.
    var httpURL: URL {
        URL(string: "http://\(server.host):\(server.port)")!
    }

    /// Sends the messages `render(channel)` makes to every connection for every channel it holds.
    func publish(_ render: (String) -> [String]) async {
        var count = 0
        for (connection, channels) in await ledger.subscriptions() {
            for channel in channels.sorted() {
                for text in render(channel) where (try? await connection.send(text: text)) != nil {
                    count += 1
                }
            }
        }
        await ledger.countSent(count)
    }

    /// Sends `render(connection)` to every open connection, subscribed or not.
    func publishToConnections(_ render: (WebSocketConnection) -> String) async {
        for (connection, _) in await ledger.subscriptions() {
            _ = try? await connection.send(text: render(connection))
        }
    }

    func shutdown() async {
        feedTask.set(nil)
        await server.shutdown()
    }
}

/// Holds the feed task so it can be started after the host exists and cancelled on shutdown.
private final class FeedTaskBox: Sendable {
    private let task = Locked<Task<Void, Never>?>(nil)

    /// Replaces (and cancels) the current task.
    func set(_ newTask: Task<Void, Never>?) {
        let old = task.withLock { task in
            defer { task = newTask }
            return task
        }
        old?.cancel()
    }
}
