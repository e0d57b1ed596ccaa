import Foundation

/// Paths of the SchemaWire checkout, found from this file's location (symlinks resolved).
enum PackageRoot {
    /// The folder holding Package.swift.
    static let url: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `<root>/<relative>`.
    static func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }
}
