import Foundation
import NavixyAPI
import SchemaWireSimulator

/// `schemawire simulate`: one simulator on its own until Ctrl-C, for integration tests of other services.
enum SimulateCommand: CLICommand {
    static let spec = CommandSpec(
        name: "simulate",
        summary: "Run one API simulator on 127.0.0.1 until Ctrl-C.",
        synopsis: "--api navixy|symbol|eventshub [--port N] [--rate N] [--trackers N] [credentials]",
        options: [
            .init(name: "api", valueName: "api", help: "Which API to simulate: \(APIName.choices)."),
            .init(name: "port", valueName: "n", help: "Loopback port to listen on (default 0: the system picks one and it is printed)."),
            .init(name: "rate", valueName: "n", help: "Synthetic events per second on every subscribed channel (default 10)."),
            .init(name: "trackers", valueName: "n", help: "Navixy: how many trackers the account owns, ids 101… (default: 101, 102, and 103 blocked)."),
            .init(name: "hash", valueName: "hash", help: "Navixy: the session hash requests must carry (or $\(Credentials.navixyHashVariable))."),
            .init(name: "token", valueName: "token", help: "Events Hub: the accepted bearer token (or $\(Credentials.eventsHubTokenVariable))."),
            .init(name: "api-key", valueName: "key", help: "Events Hub: the accepted API key (or $\(Credentials.eventsHubAPIKeyVariable))."),
        ],
        positionals: 0...0,
        discussion: """
        Without credentials the simulators accept these test values: Navixy hash \(Credentials.SimulatorDefaults.navixyHash),
        Events Hub token '\(Credentials.SimulatorDefaults.eventsHubToken)' and API key '\(Credentials.SimulatorDefaults.eventsHubAPIKey)'.
        Ctrl-C (or SIGTERM) stops the server gracefully and prints what it served.
        """
    )

    static func run(_ arguments: ParsedArguments) async throws -> Int32 {
        let api = try APIName.parse(arguments.value("api"))
        let port = try arguments.integer("port") ?? 0
        guard (0...65_535).contains(port) else { throw UsageError("'--port' must be between 0 and 65535") }
        let rate = try arguments.number("rate") ?? 10
        guard rate > 0, rate <= 100_000 else { throw UsageError("'--rate' must be between 0 and 100000 events per second") }
        let feed = SimulatorFeed(interval: .nanoseconds(Int64(1e9 / rate)))
        let trackers = try arguments.integer("trackers")
        if let trackers, !(1...10_000).contains(trackers) { throw UsageError("'--trackers' must be between 1 and 10000") }

        let interrupt = InterruptSignal()
        let simulator: any SimulatorControls
        let endpoint: String
        do {
            switch api {
            case .navixy:
                let hash = try Credentials.navixyHash(arguments) ?? Credentials.SimulatorDefaults.navixyHash
                var account = NavixySimulator.Account(hash: hash)
                if let trackers {
                    account.trackers = Dictionary(uniqueKeysWithValues: (101..<(101 + trackers)).map { ($0, "normal") })
                }
                let navixy = try NavixySimulator(account: account, feed: feed, port: port)
                simulator = navixy
                endpoint = "base URL \(navixy.baseURL.absoluteString) (socket \(navixy.baseURL.absoluteString.replacingOccurrences(of: "http:", with: "ws:"))/event/subscription)"
            case .symbol:
                let symbol = try SymbolSimulator(feed: feed, port: port)
                simulator = symbol
                endpoint = symbol.url.absoluteString
            case .eventshub:
                let token = Credentials.value("token", Credentials.eventsHubTokenVariable, in: arguments) ?? Credentials.SimulatorDefaults.eventsHubToken
                let key = Credentials.value("api-key", Credentials.eventsHubAPIKeyVariable, in: arguments) ?? Credentials.SimulatorDefaults.eventsHubAPIKey
                let hub = try EventsHubSimulator(token: token, apiKey: key, feed: feed, port: port)
                simulator = hub
                endpoint = "base URL \(hub.baseURL.absoluteString) (socket /api/v1/ws/subscribe, REST /api/v1/ws/unsubscribe)"
            }
        } catch let error as UsageError {
            throw error
        } catch {
            Terminal.printError("error: cannot start the \(api.label) simulator: \(error)")
            return ExitStatus.failure
        }
        print("\(api.label) simulator listening on \(endpoint)")
        print("\(format(rate)) events/s per subscribed channel; press Ctrl-C to stop.")
        fflush(nil)
        while !(await interrupt.sleep(for: .milliseconds(500))) {
            let view = await simulator.view()
            Terminal.status("\(view.openConnections) open connections · \(view.acceptedConnections) accepted · \(view.eventsSent) events sent")
        }
        Terminal.clearStatus()
        let view = await simulator.view()
        await simulator.shutdown()
        print("stopped: \(view.acceptedConnections) connections accepted, \(view.rejectedUpgrades) refused, \(view.eventsSent) events sent")
        return ExitStatus.success
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
