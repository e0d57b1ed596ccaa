import SchemaWire

/// `schemawire demo`: the three simulators on loopback, the typed clients subscribed, a live feed.
enum DemoCommand: CLICommand {
    static let spec = CommandSpec(
        name: "demo",
        summary: "Run the offline demo: built-in simulators, typed clients, a live feed and a summary.",
        synopsis: "[--duration SECONDS] [--interval MILLISECONDS]",
        options: [
            .init(name: "duration", valueName: "seconds", help: "How long to run (default 10)."),
            .init(name: "interval", valueName: "ms", help: "Time between two simulator ticks (default 50)."),
        ],
        positionals: 0...0,
        discussion: """
        Starts Navixy, Symbol and Events Hub simulators on 127.0.0.1, subscribes the typed clients to four,
        five and three channels, and prints at most one line per channel and second (the rest are counted).
        Halfway through, the Symbol simulator drops every connection: the client reconnects and resubscribes.
        """
    )

    static func run(_ arguments: ParsedArguments) async throws -> Int32 {
        let duration = try arguments.number("duration") ?? 10
        guard duration > 0, duration <= 86_400 else { throw UsageError("'--duration' must be between 0 and 86400 seconds") }
        let interval = try arguments.number("interval") ?? 50
        guard interval >= 1, interval <= 60_000 else { throw UsageError("'--interval' must be between 1 and 60000 ms") }

        let rig = try DemoRig.start(interval: .milliseconds(Int(interval)))
        let printer = FeedPrinter(output: .human(throttle: .seconds(1)))
        print(Terminal.styled("SchemaWire demo: three simulators on 127.0.0.1, one typed client each, \(format(duration)) s", .bold))
        let tasks: [Task<Void, Never>]
        do {
            tasks = try await rig.subscribeAll(printer: printer)
        } catch {
            await rig.shutdown()
            Terminal.printError("error: \(error)")
            return ExitStatus.failure
        }
        let status = Task {
            while !Task.isCancelled {
                await printer.refreshStatus()
                try? await Task.sleep(for: .milliseconds(200))
            }
        }
        let interrupt = InterruptSignal()
        let total = Duration.milliseconds(Int(duration * 1000))
        if !(await interrupt.sleep(for: total / 2)) {
            await dropSymbolOnce(rig, printer: printer)
            await interrupt.sleep(for: total / 2)
        }
        status.cancel()
        await rig.shutdown()
        for task in tasks { task.cancel() }
        await printer.finish()
        print("")
        print(await printer.statistics.summary)
        return ExitStatus.success
    }

    /// The simulated network failure, and the server's view of the resubscription that follows.
    private static func dropSymbolOnce(_ rig: DemoRig, printer: FeedPrinter) async {
        let channels = rig.symbol.feed.channels.count
        await printer.announce("simulator drops every connection", api: .symbol)
        rig.symbol.simulator.dropAllConnections()
        let view = await rig.symbol.simulator.waitForView(timeout: .seconds(5)) { view in
            view.acceptedConnections >= 2 && view.subscribeRequestsByConnection.last?.count == channels
        }
        let restored = view.subscribeRequestsByConnection.last ?? [:]
        let once = restored.values.allSatisfy { $0 == 1 }
        await printer.announce(
            "server: connection #\(view.acceptedConnections) received \(restored.count) subscribe requests\(once ? ", one per channel" : "")",
            api: .symbol
        )
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
