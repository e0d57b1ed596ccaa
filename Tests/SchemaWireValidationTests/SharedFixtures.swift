import Foundation

/// Where the workplace's shared material lives (`<package root>/../shared`), found from this file's
/// path so tests do not depend on the working directory.
enum SharedFixtures {
    /// The package root (two folders above `Tests/SchemaWireValidationTests/`).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`, when it exists.
    static let sharedRoot: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("json-schema-test-suite").path) ? url : nil
    }()

    /// Whether the tests run under CI, where missing fixtures are a failure rather than a skip.
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Whether tests needing `../shared` should run: yes when it is there, and under CI always (so they fail).
    static let available = sharedRoot != nil || isCI

    /// The message shown when they are skipped.
    static let skipMessage = "../shared (JSON-Schema-Test-Suite, meta-schemas, AsyncAPI schema) is absent: these tests are skipped outside the workplace"

    /// `../shared/<path>`, or a thrown error naming it (which fails the test under CI).
    static func path(_ relative: String) throws -> String {
        guard let sharedRoot else { throw MissingFixture(path: "../shared/" + relative) }
        return sharedRoot.appendingPathComponent(relative).path
    }
}

/// A shared fixture that must exist (under `CI=true`) but does not.
struct MissingFixture: Error, CustomStringConvertible {
    let path: String
    var description: String { "\(path) is missing; CI=true requires the shared fixtures" }
}
