import Foundation
import PackagePlugin

/// Build-tool plugin: generates Swift from the schema folder named by the target's
/// `schemawire-config.json` (`{"schema": "<relative folder>", "namespace": "<Name>"}`).
///
/// Every schema file is declared as an input, so editing one regenerates and nothing else does.
/// Output names follow `OutputNaming` in SchemaWireCodegen (repeated here, since a plugin cannot
/// import a library): `<Namespace>.Channels.swift` plus `<Namespace>.<base>.swift` per schema file.
@main
struct SchemaWireGenerator: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        guard let config = target.sourceFiles.first(where: { $0.url.lastPathComponent == "schemawire-config.json" })?.url else {
            throw PluginError("target \(target.name) applies SchemaWireGenerator but has no schemawire-config.json in its folder")
        }
        let settings = try PluginSettings(config: config)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: settings.schemaDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        var outputs = [output.appending(path: "\(settings.namespace).Channels.swift")]
        for name in files where name != "asyncapi.json" {
            outputs.append(output.appending(path: "\(settings.namespace).\(baseName(name)).swift"))
        }
        return [
            .buildCommand(
                displayName: "Generating \(settings.namespace) from \(settings.schemaDirectory.lastPathComponent)/",
                executable: try context.tool(named: "schemawire-codegen").url,
                arguments: ["--config", config.path, "--output", output.path, "--no-reference"],
                inputFiles: [config] + files.map { settings.schemaDirectory.appending(path: $0) },
                outputFiles: outputs
            ),
        ]
    }

    func baseName(_ file: String) -> String {
        var base = file
        if base.hasSuffix(".json") { base.removeLast(5) }
        if base.hasSuffix(".schema") { base.removeLast(7) }
        return base
    }
}

/// The two settings the plugin needs from `schemawire-config.json`.
struct PluginSettings {
    let schemaDirectory: URL
    let namespace: String

    init(config: URL) throws {
        let data = try Data(contentsOf: config)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let schema = object["schema"] as? String, let namespace = object["namespace"] as? String
        else { throw PluginError("\(config.path): expected {\"schema\": \"<folder>\", \"namespace\": \"<Name>\"}") }
        schemaDirectory = schema.hasPrefix("/") ? URL(fileURLWithPath: schema)
            : config.deletingLastPathComponent().appending(path: schema).standardizedFileURL
        self.namespace = namespace
    }
}

/// A plugin failure with a message for the build log.
struct PluginError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
