#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the subcommand, parses its arguments and runs it; prints usage and exits 2 on a bad command line.
enum CommandLineTool {
    /// Every subcommand, in the order `--help` lists them.
    static let commands: [any CLICommand.Type] = [
        DemoCommand.self,
        ListenCommand.self,
        DecodeCommand.self,
        ValidateCommand.self,
        SimulateCommand.self,
        BenchCommand.self,
    ]

    /// The top-level help.
    static var help: String {
        let width = (commands.map { $0.spec.name.count }.max() ?? 0) + 2
        var lines = [
            "schemawire: typed WebSocket event feeds (Navixy, Symbol, Events Hub)",
            "",
            "USAGE: schemawire <command> [options]",
            "",
            "COMMANDS:",
        ]
        for command in commands {
            lines.append("  " + command.spec.name.padding(toLength: width, withPad: " ", startingAt: 0) + command.spec.summary)
        }
        lines.append("")
        lines.append("Run 'schemawire <command> --help' for a command's options.")
        return lines.joined(separator: "\n")
    }

    /// Runs the tool with the process arguments (without the program name) and returns the exit status.
    static func main(_ arguments: [String]) async -> Int32 {
        guard let name = arguments.first else {
            Terminal.printError(help)
            return ExitStatus.usage
        }
        if name == "--help" || name == "-h" || name == "help" {
            print(help)
            return ExitStatus.success
        }
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            Terminal.printError("error: unknown command '\(name)'\n\n\(help)")
            return ExitStatus.usage
        }
        let parsed: ParsedArguments
        do {
            parsed = try command.spec.parse(Array(arguments.dropFirst()))
        } catch {
            Terminal.printError("error: \(error.message)\n\n\(command.spec.help)")
            return ExitStatus.usage
        }
        if parsed.helpRequested {
            print(command.spec.help)
            return ExitStatus.success
        }
        do {
            return try await command.run(parsed)
        } catch let error as UsageError {
            Terminal.printError("error: \(error.message)\n\n\(command.spec.help)")
            return ExitStatus.usage
        } catch {
            Terminal.printError("error: \(error)")
            return ExitStatus.failure
        }
    }
}
