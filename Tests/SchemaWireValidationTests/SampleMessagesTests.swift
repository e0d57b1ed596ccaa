import Foundation
import SchemaWire
import SchemaWireValidation
import Testing

/// Every sample message the model tests use (`Tests/<API>Tests/*Samples.swift`) validates against
/// its message schema. A sample is a raw string literal preceded by `// schema: <file>#<pointer>`
/// or by a doc comment of the form ``/// A `Name` (`file.schema.json`).`` (meaning `#/$defs/Name`).
@Suite("Sample messages")
struct SampleMessagesTests {
    /// One sample: where it is, the schema it names and its JSON text.
    struct Sample: Sendable, CustomTestStringConvertible {
        let source: String
        let api: String
        let reference: String
        let json: String
        /// The sample's Swift name, e.g. `SymbolSamples.unknownTransaction`.
        let name: String
        var testDescription: String { "\(name) → \(reference)" }
    }

    /// Samples that are deliberately outside their schema (values the wire may grow to, which the
    /// generated code keeps as `unknown`, or placeholders the decoder refuses as well), with the reason.
    /// Each must stay invalid, so the list stays honest (policy: `schema/README.md`).
    static let offSchema: [String: String] = [
        "SymbolSamples.block": "unknown enum value: the SDK's test mock uses block type 32768, not one of the three real types (nemesis, normal, importance); the model keeps it as .unknown(32768)",
        "SymbolSamples.partialAdded": "unknown union tag: an inner account key link (type 16716) that EmbeddedTransaction does not model; the model keeps it as unknown(tag:raw:)",
        "SymbolSamples.unknownTransaction": "unknown union tag: a namespace registration (type 16718) that Transaction does not model; the model keeps it raw",
        "SymbolSamples.statusUnknownCode": "unknown enum value: a status name the StatusCode enum does not list (kept as .unknown)",
        "SymbolSamples.statusSDKMock": "placeholder values from the SDK's test mock (hash \"transaction-hash\", code \"error-message\"); the decoder rejects it too, at /data/hash",
    ]

    /// The test folders holding samples, and the schema folder each one's references are relative to.
    static let folders = ["NavixyAPITests": "navixy", "SymbolAPITests": "symbol", "EventsHubAPITests": "eventshub"]

    static let samples: [Sample] = {
        var samples: [Sample] = []
        let testsRoot = SharedFixtures.packageRoot.appendingPathComponent("Tests")
        for (folder, api) in folders.sorted(by: { $0.key < $1.key }) {
            let directory = testsRoot.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names.sorted() where name.hasSuffix("Samples.swift") {
                guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else { continue }
                samples += parse(text, source: "\(folder)/\(name)", api: api)
            }
        }
        return samples
    }()

    /// The `// schema:`-marked raw string literals of one Swift file.
    static func parse(_ text: String, source: String, api: String) -> [Sample] {
        var samples: [Sample] = []
        var reference: String?
        var body: [Substring]?
        var name = ""
        var line = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            let trimmed = rawLine.trimmingCharacters(in: .whitespaces)
            if var collected = body {
                if trimmed == "\"\"\"#" {
                    samples.append(Sample(source: "\(source):\(line)", api: api, reference: reference!, json: collected.joined(separator: "\n"), name: name))
                    body = nil
                    reference = nil
                } else {
                    collected.append(rawLine)
                    body = collected
                }
            } else if trimmed.hasPrefix("// schema:") {
                reference = trimmed.dropFirst("// schema:".count).trimmingCharacters(in: .whitespaces)
            } else if let named = namedReference(trimmed) {
                reference = named
            } else if reference != nil, trimmed.hasSuffix("#\"\"\"") {
                body = []
                let declared = trimmed.split(separator: " ").dropFirst(2).first.map(String.init) ?? "?"
                name = (source.split(separator: "/").last?.split(separator: ".").first.map(String.init) ?? "") + "." + declared
            }
        }
        return samples
    }

    /// ``/// A `Name` (`file.schema.json`).`` → `file.schema.json#/$defs/Name`.
    static func namedReference(_ line: String) -> String? {
        guard line.hasPrefix("/// A"), line.hasSuffix("`)."), let open = line.range(of: "` (`") else { return nil }
        let name = line[..<open.lowerBound].split(separator: "`").last.map(String.init) ?? ""
        let file = String(line[open.upperBound...].dropLast(3))
        guard !name.isEmpty, !name.contains(" "), file.hasSuffix(".schema.json") else { return nil }
        return file + "#/$defs/" + name
    }

    @Test("the sample files are found and read", .enabled(if: FileManager.default.fileExists(atPath: SharedFixtures.packageRoot.appendingPathComponent("Tests/NavixyAPITests/NavixySamples.swift").path)))
    func samplesAreFound() {
        #expect(Self.samples.count >= 10)
        #expect(Self.namedReference("/// A `GlobalEvent` (`events.schema.json`).") == "events.schema.json#/$defs/GlobalEvent")
    }

    @Test("each sample validates against the schema it names", arguments: samples)
    func sampleMatchesItsSchema(_ sample: Sample) throws {
        let folder = SharedFixtures.packageRoot.appendingPathComponent("schema/\(sample.api)")
        var registry = SchemaRegistry()
        try registry.addDirectory(atPath: folder.path)
        let uri = URIText.resolve(sample.reference, against: folder.standardizedFileURL.absoluteString.hasSuffix("/") ? folder.standardizedFileURL.absoluteString : folder.standardizedFileURL.absoluteString + "/")
        let validator = try JSONSchemaValidator(reference: uri, registry: registry)
        if let reason = Self.offSchema[sample.name] {
            #expect(!validator.validate(try JSONValue(parsing: sample.json)).isValid, "listed as off-schema (\(reason)) but now valid: remove it from the list")
            return
        }
        try validator.requireValid(json: sample.json)
    }
}

/// Joins a relative reference onto a folder URL (enough for `file.json#/pointer` references).
enum URIText {
    static func resolve(_ reference: String, against folder: String) -> String {
        reference.contains(":") ? reference : folder + reference
    }
}
