/// `schemawire demo`: the three simulators on loopback, the typed clients subscribed, a live feed.
enum DemoCommand: CLICommand {
    static let spec = CommandSpec(
        name: "demo",
        summary: "Run the offline demo: built-in simulators, typed clients, a live feed and a summary.",
        synopsis: "[--duration SECONDS]",
        options: [
            .init(name: "duration", valueName: "seconds", help: "How long to run (default 10)."),
        ],
        positionals: 0...0
    )

    static func run(_ arguments: ParsedArguments) async throws -> Int32 {
        let duration = try arguments.number("duration") ?? 10
        guard duration > 0 else { throw UsageError("'--duration' must be positive") }
        print("The demo arrives with the typed clients and simulators.")
        return ExitStatus.success
    }
}
