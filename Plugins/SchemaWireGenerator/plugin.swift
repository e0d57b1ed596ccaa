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
        let files = target.sourceFiles.map(\.url)
        return [try Self.command(configIn: files, target: target.name, workDirectory: context.pluginWorkDirectoryURL,
                                 tool: context.tool(named: "schemawire-codegen").url)]
    }

    /// The one generation command for a target whose files include `schemawire-config.json`.
    static func command(configIn files: [URL], target: String, workDirectory: URL, tool: URL) throws -> Command {
        guard let config = files.first(where: { $0.lastPathComponent == "schemawire-config.json" }) else {
            throw PluginError("target \(target) applies SchemaWireGenerator but has no schemawire-config.json in its folder")
        }
        let settings = try PluginSettings(config: config)
        let schemaFiles = ((try? FileManager.default.contentsOfDirectory(atPath: settings.schemaDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        let output = workDirectory.appending(path: "GeneratedSources")
        var outputs = [output.appending(path: "\(settings.namespace).Channels.swift")]
        for name in schemaFiles where name != "asyncapi.json" {
            outputs.append(output.appending(path: "\(settings.namespace).\(baseName(name)).swift"))
        }
        return .buildCommand(
            displayName: "Generating \(settings.namespace) from \(settings.schemaDirectory.lastPathComponent)/",
            executable: tool,
            arguments: ["--config", config.path, "--output", output.path, "--no-reference"],
            inputFiles: [config] + schemaFiles.map { settings.schemaDirectory.appending(path: $0) },
            outputFiles: outputs
        )
    }

    static func baseName(_ file: String) -> String {
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

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

// UNTESTED (no Xcode here): the same command for Xcode project targets.
extension SchemaWireGenerator: XcodeBuildToolPlugin {
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
        [try Self.command(configIn: target.inputFiles.map(\.url), target: target.displayName,
                          workDirectory: context.pluginWorkDirectoryURL, tool: context.tool(named: "schemawire-codegen").url)]
    }
}
#endif
