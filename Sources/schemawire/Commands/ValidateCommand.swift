import Foundation
import SchemaWire
import SchemaWireValidation

/// `schemawire validate`: check JSON documents against a schema file or a schema folder.
enum ValidateCommand: CLICommand {
    static let spec = CommandSpec(
        name: "validate",
        summary: "Validate JSON documents against a JSON Schema (draft 2020-12 or draft-07) and print every located error.",
        synopsis: "--schema FILE|DIR [--ref NAME] [--formats] [--json] INSTANCE…",
        options: [
            .init(name: "schema", valueName: "file|dir", help: "The schema file, or a folder of schemas that reference each other."),
            .init(name: "ref", valueName: "name", help: "Which schema to use: a fragment (#/$defs/State), file.json#/pointer, or a $defs name. Required with a folder."),
            .init(name: "formats", help: "Assert 'format' (date-time, uuid, ipv4, …) instead of treating it as an annotation."),
            .init(name: "json", help: "Print the JSON Schema 'basic' output for each instance instead of text."),
        ],
        positionals: 1...Int.max,
        discussion: """
            Each INSTANCE is a JSON file, or '-' for standard input.
            Exit status: 0 when every instance is valid, 1 when any is invalid or unreadable, 2 for a wrong command line.
            """
    )

    static func run(_ arguments: ParsedArguments) async throws -> Int32 {
        guard let schemaPath = arguments.value("schema") else { throw UsageError("'--schema' is required") }
        let validator = try makeValidator(schemaPath: schemaPath, ref: arguments.value("ref"), assertFormats: arguments.flag("formats"))
        var status = ExitStatus.success
        for instance in arguments.positionals {
            let name = instance == "-" ? "<stdin>" : instance
            let result: ValidationResult
            do {
                result = try validator.validate(bytes: try read(instance))
            } catch let error as JSONDecodingError {
                Terminal.printError("\(name): not valid JSON: \(error)")
                status = ExitStatus.failure
                continue
            } catch {
                Terminal.printError("\(name): \(error)")
                status = ExitStatus.failure
                continue
            }
            if !result.isValid { status = ExitStatus.failure }
            if arguments.flag("json") {
                var writer = JSONWriter()
                writer.writeValue(result.basicOutput)
                print(String(decoding: writer.bytes, as: UTF8.self))
            } else if result.isValid {
                print("\(name): " + Terminal.styled("valid", .green))
            } else {
                print("\(name): " + Terminal.styled("invalid", .red) + " (\(result.errors.count) error\(result.errors.count == 1 ? "" : "s"))")
                for error in result.errors {
                    let location = error.instanceLocation.isEmpty ? "/" : error.instanceLocation
                    print("  \(Terminal.styled(location, .bold)): \(error.message)")
                    print("    " + Terminal.styled("keyword \(error.keywordLocation) (\(error.absoluteKeywordLocation))", .dim))
                }
            }
        }
        return status
    }

    /// The validator for a schema file or folder; a bad path or schema is a usage error (exit 2).
    private static func makeValidator(schemaPath: String, ref: String?, assertFormats: Bool) throws -> JSONSchemaValidator {
        let options = ValidationOptions(assertFormats: assertFormats)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: schemaPath, isDirectory: &isDirectory) else {
            throw UsageError("schema '\(schemaPath)' does not exist")
        }
        do {
            if !isDirectory.boolValue {
                return try JSONSchemaValidator(file: schemaPath, ref: ref.map(fragment), options: options)
            }
            guard let ref else { throw UsageError("'--ref' is required when '--schema' is a folder (e.g. --ref events.schema.json#/$defs/State)") }
            var registry = SchemaRegistry()
            try registry.addDirectory(atPath: schemaPath, skippingMalformedFiles: true)
            let folderURI = URL(fileURLWithPath: schemaPath, isDirectory: true).standardizedFileURL.absoluteString
            return try JSONSchemaValidator(reference: resolve(ref, in: registry, folderURI: folderURI), registry: registry, options: options)
        } catch let error as SchemaError {
            throw UsageError("cannot use the schema: \(error)")
        }
    }

    /// A bare `$defs` name becomes `#/$defs/NAME`.
    private static func fragment(_ ref: String) -> String {
        ref.contains("#") || ref.hasSuffix(".json") ? ref : "#/$defs/" + ref
    }

    /// A folder reference: `file.json#…` relative to the folder, or a bare `$defs` name looked up in every file.
    private static func resolve(_ ref: String, in registry: SchemaRegistry, folderURI: String) throws -> String {
        if ref.contains(":") { return ref }
        if ref.contains("#") || ref.hasSuffix(".json") { return folderURI + ref }
        let matches = registry.documents.keys.filter { $0.hasPrefix(folderURI) && registry.documents[$0]?["$defs"]?[ref] != nil }.sorted()
        guard matches.count == 1 else {
            throw UsageError(matches.isEmpty
                ? "no schema in the folder defines '\(ref)' under $defs"
                : "'\(ref)' is defined in several files (\(matches.map { String($0.dropFirst(folderURI.count)) }.joined(separator: ", "))); name the file")
        }
        return matches[0] + "#/$defs/" + ref
    }

    private static func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadFailure(description: "cannot read the file")
        }
        return Array(data)
    }

    private struct ReadFailure: Error, CustomStringConvertible {
        let description: String
    }
}
