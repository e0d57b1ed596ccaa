import Foundation
import SchemaWire

/// The project's shared source documents (`<package root>/../shared/…`), read in place, never copied.
///
/// Tests that need them are enabled when the folder exists; under `CI=true` they always run, so a
/// missing folder fails there instead of silently skipping.
enum SharedMaterial {
    /// `<package root>/../shared`, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    /// Whether tests reading the shared folder should run.
    static var shouldRun: Bool {
        FileManager.default.fileExists(atPath: root.path) || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    /// The text of `relativePath` under the shared folder.
    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Every JSON document in `relativePath`: fenced ```json blocks of a Markdown file, or balanced
    /// `{…}` spans of a plain-text page, keeping only those that are valid JSON.
    static func jsonSamples(_ relativePath: String) throws -> [String] {
        let text = try text(relativePath)
        var candidates: [String] = []
        if relativePath.hasSuffix(".md") {
            let fences = text.components(separatedBy: "```json\n").dropFirst()
            candidates = fences.compactMap { $0.components(separatedBy: "```").first }
        } else {
            var depth = 0
            var current = ""
            for character in text {
                if character == "{" { depth += 1 }
                if depth > 0 { current.append(character) }
                if character == "}", depth > 0 {
                    depth -= 1
                    if depth == 0 { candidates.append(current); current = "" }
                }
            }
        }
        return candidates.filter { (try? JSONValue(parsing: $0)) != nil }
    }
}
