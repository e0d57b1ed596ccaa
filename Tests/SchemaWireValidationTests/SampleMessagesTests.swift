import Foundation
import SchemaWire
import SchemaWireValidation
import Testing

/// Every sample message the model tests use (`Tests/<API>Tests/*Samples.swift`, each raw string
/// literal preceded by `// schema: <file>#<pointer>`) validates against its message schema.
@Suite("Sample messages")
struct SampleMessagesTests {
    /// One sample: where it is, the schema it names and its JSON text.
    struct Sample: Sendable, CustomTestStringConvertible {
        let source: String
        let api: String
        let reference: String
        let json: String
        var testDescription: String { "\(source) → \(reference)" }
    }

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
        var line = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            let trimmed = rawLine.trimmingCharacters(in: .whitespaces)
            if var collected = body {
                if trimmed == "\"\"\"#" {
                    samples.append(Sample(source: "\(source):\(line)", api: api, reference: reference!, json: collected.joined(separator: "\n")))
                    body = nil
                    reference = nil
                } else {
                    collected.append(rawLine)
                    body = collected
                }
            } else if trimmed.hasPrefix("// schema:") {
                reference = trimmed.dropFirst("// schema:".count).trimmingCharacters(in: .whitespaces)
            } else if reference != nil, trimmed.hasSuffix("#\"\"\"") {
                body = []
            }
        }
        return samples
    }

    @Test("the sample files are found and read", .enabled(if: FileManager.default.fileExists(atPath: SharedFixtures.packageRoot.appendingPathComponent("Tests/NavixyAPITests/NavixySamples.swift").path)))
    func samplesAreFound() {
        #expect(Self.samples.count >= 10)
    }

    @Test("each sample validates against the schema it names", arguments: samples)
    func sampleMatchesItsSchema(_ sample: Sample) throws {
        let folder = SharedFixtures.packageRoot.appendingPathComponent("schema/\(sample.api)")
        var registry = SchemaRegistry()
        try registry.addDirectory(atPath: folder.path)
        let uri = URIText.resolve(sample.reference, against: folder.standardizedFileURL.absoluteString.hasSuffix("/") ? folder.standardizedFileURL.absoluteString : folder.standardizedFileURL.absoluteString + "/")
        let validator = try JSONSchemaValidator(reference: uri, registry: registry)
        try validator.requireValid(json: sample.json)
    }
}

/// Joins a relative reference onto a folder URL (enough for `file.json#/pointer` references).
enum URIText {
    static func resolve(_ reference: String, against folder: String) -> String {
        reference.contains(":") ? reference : folder + reference
    }
}
