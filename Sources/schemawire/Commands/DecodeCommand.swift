import Foundation
import SchemaWire

/// `schemawire decode`: one message (or JSON lines) through the generated decoders, printed typed.
enum DecodeCommand: CLICommand {
    static let spec = CommandSpec(
        name: "decode",
        summary: "Decode server messages with the generated decoders and print the typed result.",
        synopsis: "--api navixy|symbol|eventshub [--lines] [--json] [FILE|-]",
        options: [
            .init(name: "api", valueName: "api", help: "Which API the messages belong to: \(APIName.choices)."),
            .init(name: "lines", valueName: nil, help: "Treat the input as JSON lines (one message per line); default when it has several."),
            .init(name: "json", valueName: nil, help: "Print each message re-encoded by its generated encoder instead of the field listing."),
        ],
        positionals: 0...1,
        discussion: """
        Reads FILE, or standard input when FILE is '-' or absent. Exit status 0 when every message decodes,
        1 with the JSON pointer of the first problem otherwise.
        """
    )

    static func run(_ arguments: ParsedArguments) async throws -> Int32 {
        let api = try APIName.parse(arguments.value("api"))
        let bytes: [UInt8]
        do {
            bytes = try readInput(arguments.positionals.first ?? "-")
        } catch {
            Terminal.printError("error: \(error)")
            return ExitStatus.failure
        }
        let messages = split(bytes, asLines: arguments.flag("lines"))
        guard !messages.isEmpty else {
            Terminal.printError("error: the input holds no message")
            return ExitStatus.failure
        }
        for (index, message) in messages.enumerated() {
            let where_ = messages.count > 1 ? "line \(message.line): " : ""
            do throws(JSONDecodingError) {
                let decoded = try MessageCatalog.decode(message.bytes, api: api)
                if index > 0 && !arguments.flag("json") { print("") }
                print(arguments.flag("json") ? decoded.reencoded : ValueFormatter.tree(decoded.value))
            } catch {
                Terminal.printError("error: \(where_)\(error)")
                Terminal.printError("pointer: \(error.pointer.isEmpty ? "/" : error.pointer)")
                return ExitStatus.failure
            }
        }
        return ExitStatus.success
    }

    /// The whole input: a file, or standard input for `-`.
    static func readInput(_ path: String) throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError("cannot read '\(path)'")
        }
        return Array(data)
    }

    /// One message, or one per non-blank line when asked or when the input is several JSON lines.
    private static func split(_ bytes: [UInt8], asLines: Bool) -> [(line: Int, bytes: [UInt8])] {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            return trimmed.isEmpty || trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) ? nil : (index + 1, Array(line))
        }
        let looksLikeLines = lines.count > 1 && lines.allSatisfy { $0.1.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{") }
            && (try? JSONValue(parsing: bytes)) == nil
        if asLines || looksLikeLines { return lines }
        let blank = bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        return blank ? [] : [(1, bytes)]
    }
}
