import Foundation
import SchemaWire
import SchemaWireValidation
import Testing

/// Runs every test of JSON-Schema-Test-Suite `tests/draft2020-12` and `tests/draft7` (required,
/// `optional/` and `optional/format/`) and prints a scoreboard per dialect and folder.
@Suite("JSON-Schema-Test-Suite")
struct OfficialTestSuiteTests {
    /// One dialect folder of the suite.
    struct Dialect: Sendable, CustomTestStringConvertible {
        let folder: String
        let dialect: JSONSchemaDialect
        var testDescription: String { folder }
    }

    static let dialects = [Dialect(folder: "draft2020-12", dialect: .draft2020_12), Dialect(folder: "draft7", dialect: .draft7)]

    @Test("every suite test of the dialect passes unless listed as a known failure", .enabled(if: SharedFixtures.available, "\(SharedFixtures.skipMessage)"), arguments: dialects)
    func dialect(_ dialect: Dialect) throws {
        let testsRoot = try SharedFixtures.path("json-schema-test-suite/tests/\(dialect.folder)")
        let registry = try Self.registry()
        var scores: [String: (passed: Int, total: Int)] = [:]
        var unexpected: [String] = []
        var knownButPassing: [String] = []
        var knownFailures = 0
        let files = try Self.jsonFiles(under: testsRoot)
        #expect(!files.isEmpty, "no suite files under \(testsRoot)")
        for file in files {
            let folder = (file as NSString).deletingLastPathComponent
            let cases = try JSONValue(parsing: Array(try Data(contentsOf: URL(fileURLWithPath: testsRoot + "/" + file))))
            let options = ValidationOptions(defaultDialect: dialect.dialect, assertFormats: folder == "optional/format")
            for testCase in cases.arrayValue ?? [] {
                let caseName = testCase["description"]?.stringValue ?? "?"
                let validator: Result<JSONSchemaValidator, SchemaError>
                do {
                    validator = .success(try JSONSchemaValidator(schema: testCase["schema"] ?? .null, uri: "http://localhost:1234/suite/root.json", registry: registry, options: options))
                } catch {
                    validator = .failure(error)
                }
                for test in testCase["tests"]?.arrayValue ?? [] {
                    let testName = test["description"]?.stringValue ?? "?"
                    let expected = test["valid"]?.boolValue ?? false
                    let outcome: String?
                    switch validator {
                    case .success(let validator):
                        let actual = validator.isValid(test["data"] ?? .null)
                        let detailed = validator.validate(test["data"] ?? .null)
                        outcome = actual == expected && detailed.isValid == actual
                            ? nil : "expected \(expected ? "valid" : "invalid"), got \(actual ? "valid" : "invalid")"
                    case .failure(let error):
                        outcome = "schema did not compile: \(error)"
                    }
                    let key = "\(dialect.folder)/\(file) | \(caseName) | \(testName)"
                    let known = KnownFailures.reason(dialect: dialect.folder, file: file, testCase: caseName, test: testName)
                    scores[folder, default: (0, 0)].total += 1
                    if outcome == nil { scores[folder, default: (0, 0)].passed += 1 }
                    if let outcome, known == nil { unexpected.append("\(key): \(outcome)") }
                    if outcome == nil, known != nil { knownButPassing.append(key) }
                    if outcome != nil, known != nil { knownFailures += 1 }
                }
            }
        }
        print(Self.scoreboard(dialect.folder, scores) + "\n  known failures: \(knownFailures) (see KnownFailures.swift)")
        for failure in unexpected { Issue.record("\(failure)") }
        for key in knownButPassing { Issue.record("listed as a known failure but passes now (remove it from KnownFailures): \(key)") }
        let required = scores[""] ?? (0, 0)
        #expect(required.total > 0)
        let format = scores["optional/format"] ?? (0, 1)
        #expect(Double(format.passed) >= 0.9 * Double(format.total), "optional/format is below 90 %")
    }

    /// The suite's remotes under `http://localhost:1234/` and both meta-schemas.
    static func registry() throws -> SchemaRegistry {
        var registry = try SchemaRegistry.withMetaSchemas(atPath: try SharedFixtures.path("json-schema-metaschemas"))
        try registry.addDirectory(atPath: try SharedFixtures.path("json-schema-test-suite/remotes"), baseURI: "http://localhost:1234/")
        return registry
    }

    static func jsonFiles(under root: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { throw MissingFixture(path: root) }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".json") { files.append(path) }
        }
        return files.sorted()
    }

    static func scoreboard(_ dialect: String, _ scores: [String: (passed: Int, total: Int)]) -> String {
        var lines = ["JSON-Schema-Test-Suite \(dialect):"]
        for folder in scores.keys.sorted() {
            let score = scores[folder]!
            let percent = Double(score.passed) * 100 / Double(max(score.total, 1))
            let name = (folder.isEmpty ? "required" : folder).padding(toLength: 16, withPad: " ", startingAt: 0)
            lines.append("  \(name) \(score.passed)/\(score.total)  \(String(format: "%.1f", percent)) %")
        }
        return lines.joined(separator: "\n")
    }
}

/// Under `CI=true` the shared fixtures must be present.
@Test("the shared fixtures exist when CI=true", .enabled(if: SharedFixtures.isCI))
func sharedFixturesExistUnderCI() {
    #expect(SharedFixtures.sharedRoot != nil, "CI=true but ../shared is missing")
}
