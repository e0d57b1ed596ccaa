/// One `schemawire` subcommand.
protocol CLICommand: Sendable {
    /// Its name, options and help.
    static var spec: CommandSpec { get }
    /// Runs it with parsed arguments and returns the process exit status.
    static func run(_ arguments: ParsedArguments) async throws -> Int32
}

/// Exit statuses shared by every subcommand.
enum ExitStatus {
    /// Success.
    static let success: Int32 = 0
    /// The command ran but the input failed (decode error, invalid instance, connection failure).
    static let failure: Int32 = 1
    /// The command line was wrong.
    static let usage: Int32 = 2
}
