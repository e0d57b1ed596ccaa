/// The shape of one subcommand: its options, positional arguments and help text.
///
/// Parsing is deliberately small: `--name value`, `--name=value`, boolean `--flag`, repeatable options,
/// `--` to end options, and `-` as a positional meaning standard input. Anything else is a `UsageError`.
struct CommandSpec: Sendable {
    /// One `--option`.
    struct Option: Sendable {
        /// The name without dashes, e.g. `url`.
        var name: String
        /// The placeholder shown in help for the value, or `nil` for a boolean flag.
        var valueName: String?
        /// Whether the option may be given more than once.
        var repeatable = false
        /// One line of help.
        var help: String
    }

    /// The subcommand's name, e.g. `decode`.
    var name: String
    /// One line saying what the command does.
    var summary: String
    /// The synopsis after `schemawire <name>`, e.g. `--api navixy|symbol|eventshub [FILE|-]`.
    var synopsis: String
    /// The options the command accepts (`--help` is always accepted).
    var options: [Option]
    /// The fewest and most positional arguments (`nil` = no upper bound).
    var positionals: ClosedRange<Int>? = nil
    /// Extra paragraphs printed after the options.
    var discussion: String = ""

    /// The help text printed for `schemawire <name> --help` and after a usage error.
    var help: String {
        var lines = ["USAGE: schemawire \(name) \(synopsis)", "", summary]
        if !options.isEmpty {
            lines.append("")
            lines.append("OPTIONS:")
            let labels = options.map { option in
                "--\(option.name)" + (option.valueName.map { " <\($0)>" } ?? "")
            }
            let width = (labels.map(\.count).max() ?? 0) + 2
            for (label, option) in zip(labels, options) {
                let padded = label.padding(toLength: width, withPad: " ", startingAt: 0)
                lines.append("  \(padded)\(option.help)\(option.repeatable ? " (repeatable)" : "")")
            }
            lines.append("  " + "--help".padding(toLength: width, withPad: " ", startingAt: 0) + "Show this help.")
        }
        if !discussion.isEmpty {
            lines.append("")
            lines.append(discussion)
        }
        return lines.joined(separator: "\n")
    }

    /// Parses the arguments that follow the subcommand's name.
    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("--") || argument == "-" {
                if !optionsEnded, argument.hasPrefix("-"), argument != "-" {
                    throw UsageError("unknown option '\(argument)'")
                }
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let body = argument.dropFirst(2)
            let name = String(body.prefix { $0 != "=" })
            let inlineValue = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
            if name == "help" {
                parsed.helpRequested = true
                continue
            }
            guard let option = options.first(where: { $0.name == name }) else {
                throw UsageError("unknown option '--\(name)'")
            }
            if option.valueName == nil {
                guard inlineValue == nil else { throw UsageError("'--\(name)' takes no value") }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { throw UsageError("'--\(name)' needs a value") }
                value = arguments[index]
                index += 1
            }
            if !option.repeatable, parsed.values[name] != nil {
                throw UsageError("'--\(name)' given more than once")
            }
            parsed.values[name, default: []].append(value)
        }
        if !parsed.helpRequested, let positionals, !positionals.contains(parsed.positionals.count) {
            throw UsageError(
                parsed.positionals.count < positionals.lowerBound
                    ? "missing argument" : "unexpected argument '\(parsed.positionals[positionals.upperBound])'"
            )
        }
        return parsed
    }
}

/// The arguments of one subcommand after parsing.
struct ParsedArguments: Sendable {
    /// Values of options that take one, by option name, in the order given.
    var values: [String: [String]] = [:]
    /// Boolean flags that were given.
    var flags: Set<String> = []
    /// Positional arguments, in order.
    var positionals: [String] = []
    /// Whether `--help` was given.
    var helpRequested = false

    /// The single value of `--name`, if given.
    func value(_ name: String) -> String? { values[name]?.last }
    /// Every value of a repeatable `--name`.
    func all(_ name: String) -> [String] { values[name] ?? [] }
    /// Whether the flag `--name` was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The value of `--name` as a number, or a usage error naming the option.
    func number(_ name: String) throws(UsageError) -> Double? {
        guard let text = value(name) else { return nil }
        guard let number = Double(text), number.isFinite else {
            throw UsageError("'--\(name)' expects a number, got '\(text)'")
        }
        return number
    }

    /// The value of `--name` as a whole number, or a usage error naming the option.
    func integer(_ name: String) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text) else { throw UsageError("'--\(name)' expects a whole number, got '\(text)'") }
        return number
    }

    /// The value of `--name`, which must be one of `choices`.
    func choice(_ name: String, from choices: [String]) throws(UsageError) -> String? {
        guard let text = value(name) else { return nil }
        guard choices.contains(text) else {
            throw UsageError("'--\(name)' must be one of \(choices.joined(separator: ", ")), got '\(text)'")
        }
        return text
    }
}

/// A command line that does not fit the command: printed with the usage, exit status 2.
struct UsageError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. `unknown option '--colour'`.
    var message: String
    /// Creates the error.
    init(_ message: String) { self.message = message }
    /// The message.
    var description: String { message }
}
