import EventsHubAPI
import Foundation
import NavixyAPI
import SchemaWire
import SchemaWireSocket
import SymbolAPI

/// `schemawire listen`: a typed client on a real server, printing every event until Ctrl-C.
enum ListenCommand: CLICommand {
    static let spec = CommandSpec(
        name: "listen",
        summary: "Connect to a server, subscribe, and print its typed events until Ctrl-C.",
        synopsis: "navixy|symbol|eventshub --url URL [credentials] [channels] [--json|--raw]",
        options: [
            .init(name: "url", valueName: "url", help: "Navixy: API base (https://api.eu.navixy.com/v2); Symbol: ws://host:3000/ws; Events Hub: http(s)://host:port."),
            .init(name: "hash", valueName: "hash", help: "Navixy session hash (or $\(Credentials.navixyHashVariable)); never printed."),
            .init(name: "state", valueName: "ids", repeatable: true, help: "Navixy: subscribe to state events of these trackers, e.g. 101,102."),
            .init(name: "state-batch", valueName: "all|ids", help: "Navixy: subscribe to state_batch for every tracker or the listed ones."),
            .init(name: "readings-batch", valueName: "all|ids", help: "Navixy: subscribe to readings_batch for every tracker or the listed ones."),
            .init(name: "iot-monitor", valueName: "ids", help: "Navixy: subscribe to iot_monitor for up to 10 trackers."),
            .init(name: "rate-limit", valueName: "time", help: "Navixy: shortest time between batches, e.g. 5s."),
            .init(name: "format", valueName: "full|compact", help: "Navixy: state format."),
            .init(name: "legacy", valueName: nil, help: "Navixy: send the legacy events+trackers request form (state only)."),
            .init(name: "iso-datetime", valueName: nil, help: "Navixy: ask for ISO 8601 date-times."),
            .init(name: "channel", valueName: "name[/address]", repeatable: true, help: "Symbol: a channel, e.g. block or confirmedAdded/TB… (default block)."),
            .init(name: "token", valueName: "token", help: "Events Hub bearer token (or $\(Credentials.eventsHubTokenVariable)); never printed."),
            .init(name: "api-key", valueName: "key", help: "Events Hub API key (or $\(Credentials.eventsHubAPIKeyVariable)); never printed."),
            .init(name: "types", valueName: "a,b", repeatable: true, help: "Events Hub: event types, e.g. pdfm,orchestrator."),
            .init(name: "json", valueName: nil, help: "Print one re-encoded typed message per line."),
            .init(name: "raw", valueName: nil, help: "Print the frames exactly as received."),
            .init(name: "duration", valueName: "seconds", help: "Stop after this long (default: until Ctrl-C)."),
        ],
        positionals: 1...1,
        discussion: "Messages that do not decode are shown with their error and the stream goes on. Ctrl-C closes the connection and prints a summary."
    )

    static func run(_ arguments: ParsedArguments) async throws -> Int32 {
        let api = try APIName.parse(arguments.positionals.first, option: "api")
        guard let urlText = arguments.value("url"), let url = URL(string: urlText), url.scheme != nil, url.host != nil else {
            throw UsageError("'--url' must be an absolute URL")
        }
        if arguments.flag("json") && arguments.flag("raw") { throw UsageError("'--json' and '--raw' exclude each other") }
        let output: FeedOutput = arguments.flag("json") ? .json : arguments.flag("raw") ? .raw : .human(throttle: nil)
        let duration = try arguments.number("duration")
        if let duration, duration <= 0 { throw UsageError("'--duration' must be positive") }
        let limit = duration.map { Duration.milliseconds(Int($0 * 1000)) }
        switch api {
        case .navixy:
            return try await listen(try navixyFeed(url: url, arguments), output: output, limit: limit)
        case .symbol:
            let channels = arguments.all("channel").isEmpty ? ["block"] : arguments.all("channel")
            let feed = LiveFeed(api: .symbol, client: SymbolClient(url: url, configuration: configuration), channels: channels.map(ChannelPlan.symbol))
            return try await listen(feed, output: output, limit: limit)
        case .eventshub:
            return try await listen(try eventsHubFeed(url: url, arguments), output: output, limit: limit)
        }
    }

    /// A failing first connect is reported at once; a connection lost later is retried.
    private static let configuration = ClientConfiguration(reconnect: ReconnectPolicy(retriesInitialConnect: false))

    private static func navixyFeed(url: URL, _ arguments: ParsedArguments) throws(UsageError) -> LiveFeed<NavixyProtocol> {
        guard let hash = try Credentials.navixyHash(arguments) else {
            throw UsageError("Navixy needs '--hash' or $\(Credentials.navixyHashVariable)")
        }
        let rateLimit = arguments.value("rate-limit")
        let format = arguments.value("format")
        var channels: [ChannelSpec] = []
        let states = try ChannelPlan.trackerIDs(arguments.all("state"))
        if !states.isEmpty {
            channels.append(try ChannelPlan.navixy("state", trackers: states, format: format, lifecycle: true))
        }
        for (option, kind) in [("state-batch", "state_batch"), ("readings-batch", "readings_batch"), ("iot-monitor", "iot_monitor")] {
            guard let value = arguments.value(option) else { continue }
            let trackers = value == "all" ? [] : try ChannelPlan.trackerIDs([value])
            if kind == "iot_monitor", trackers.isEmpty || trackers.count > 10 { throw UsageError("'--iot-monitor' takes 1 to 10 tracker ids") }
            channels.append(try ChannelPlan.navixy(kind, trackers: trackers, rateLimit: rateLimit, format: format, lifecycle: channels.isEmpty))
        }
        guard !channels.isEmpty else {
            throw UsageError("Navixy needs at least one of '--state', '--state-batch', '--readings-batch', '--iot-monitor'")
        }
        var base = url
        if base.path.hasSuffix("/event/subscription") { base = base.deletingLastPathComponent().deletingLastPathComponent() }
        let adapter = NavixyProtocol(
            baseURL: base, hash: hash, requestForm: arguments.flag("legacy") ? .legacy : .requests, isoDateTime: arguments.flag("iso-datetime")
        )
        return LiveFeed(api: .navixy, client: ChannelClient(adapter: adapter, transport: SocketClientTransport(), configuration: configuration), channels: channels)
    }

    /// A credential from the command line, or a usage error saying why it cannot be sent (never the secret).
    private static func usable(
        _ make: () throws(EventsHubCredentialError) -> EventsHubCredential
    ) throws(UsageError) -> EventsHubCredential {
        do { return try make() } catch { throw UsageError(error.description) }
    }

    private static func eventsHubFeed(url: URL, _ arguments: ParsedArguments) throws(UsageError) -> LiveFeed<EventsHubProtocol> {
        let credentials: EventsHubCredential
        if let token = Credentials.value("token", Credentials.eventsHubTokenVariable, in: arguments) {
            credentials = try usable { () throws(EventsHubCredentialError) in try .bearerToken(token) }
        } else if let key = Credentials.value("api-key", Credentials.eventsHubAPIKeyVariable, in: arguments) {
            credentials = try usable { () throws(EventsHubCredentialError) in try .apiKey(key) }
        } else {
            throw UsageError("Events Hub needs '--token' or '--api-key' (or $\(Credentials.eventsHubTokenVariable) / $\(Credentials.eventsHubAPIKeyVariable))")
        }
        let types = arguments.all("types").flatMap { $0.split(separator: ",") }.map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !types.isEmpty else { throw UsageError("Events Hub needs '--types', e.g. --types pdfm,orchestrator") }
        let client = ChannelClient(adapter: EventsHubProtocol(baseURL: url, credentials: credentials), transport: SocketClientTransport(), configuration: configuration)
        return LiveFeed(api: .eventshub, client: client, channels: types.map(ChannelPlan.eventsHub))
    }

    /// Runs the feed until Ctrl-C, the time limit, or the client ending by itself (exit 1).
    private static func listen<Adapter>(_ feed: LiveFeed<Adapter>, output: FeedOutput, limit: Duration?) async throws -> Int32 {
        let printer = FeedPrinter(output: output)
        let interrupt = InterruptSignal()
        // Connecting and subscribing run beside the Ctrl-C watch, so an interrupt while connecting closes too.
        let started = Locked(false)
        let starting = Task {
            defer { started.withLock { $0 = true } }
            return try await feed.start(printer: printer)
        }
        while !started.withLock({ $0 }) {
            if await interrupt.sleep(for: .milliseconds(50)) {
                await feed.client.close()
                break
            }
        }
        let tasks: [Task<Void, Never>]
        do {
            tasks = try await starting.value
        } catch {
            await feed.client.close()
            if interrupt.isInterrupted { return ExitStatus.success }
            Terminal.printError("error: \(error)")
            return ExitStatus.failure
        }
        let deadline = limit.map { ContinuousClock.now + $0 }
        var endedByServer = false
        while !(await interrupt.sleep(for: .milliseconds(100))) {
            if await feed.client.state == .closed {
                endedByServer = true
                break
            }
            if let deadline, ContinuousClock.now >= deadline { break }
            if output == .human(throttle: nil) { await printer.refreshStatus() }
        }
        await feed.client.close()
        for task in tasks { task.cancel() }
        await printer.finish()
        let summary = await printer.statistics.summary
        if output == .human(throttle: nil) {
            print("")
            print(summary)
        } else {
            Terminal.printError(summary)
        }
        return endedByServer ? ExitStatus.failure : ExitStatus.success
    }
}
