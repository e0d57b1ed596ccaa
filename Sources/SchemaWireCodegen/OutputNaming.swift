/// The fixed output file names, derivable from the schema folder's file names alone (the build
/// plugin must declare its outputs before the generator reads any schema).
///
/// `Plugins/SchemaWireGenerator/plugin.swift` repeats these two rules; keep them in step.
public enum OutputNaming {
    /// `events.schema.json` → `events`; `common.json` → `common`.
    public static func baseName(ofSchemaFile name: String) -> String {
        var base = name
        if base.hasSuffix(".json") { base.removeLast(5) }
        if base.hasSuffix(".schema") { base.removeLast(7) }
        return base
    }

    /// The Swift file generated for one schema file: `Navixy.events.swift`.
    public static func swiftFile(forSchemaFile name: String, namespace: String) -> String {
        "\(namespace).\(baseName(ofSchemaFile: name)).swift"
    }

    /// The Swift file holding the namespace, servers and channel descriptors: `Navixy.Channels.swift`.
    public static func channelsFile(namespace: String) -> String { "\(namespace).Channels.swift" }

    /// The Markdown reference (written by the command plugin, not the build plugin).
    public static let referenceFile = "REFERENCE.md"

    /// Every Swift file for a folder holding `schemaFiles` (names ending in `.json`).
    public static func swiftFiles(schemaFiles: [String], namespace: String) -> [String] {
        [channelsFile(namespace: namespace)]
            + schemaFiles.filter { $0.hasSuffix(".json") && $0 != "asyncapi.json" }.sorted()
                .map { swiftFile(forSchemaFile: $0, namespace: namespace) }
    }
}
