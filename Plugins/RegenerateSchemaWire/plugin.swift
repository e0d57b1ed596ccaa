import Foundation
import PackagePlugin

/// Command plugin: `swift package --allow-writing-to-package-directory regenerate-schemawire`.
///
/// For every target that has a `schemawire-config.json`, writes the generator's output (Swift and
/// `REFERENCE.md`) to `generated/<Target>/` in the package, so the generated code can be read and
/// reviewed in the repository. A test fails when that copy drifts from `schema/`.
@main
struct RegenerateSchemaWire: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "schemawire-codegen").url
        var generated = 0
        for target in context.package.targets {
            guard let module = target as? SourceModuleTarget else { continue }
            if !arguments.isEmpty, !arguments.contains(module.name) { continue }
            guard let config = module.sourceFiles.first(where: { $0.url.lastPathComponent == "schemawire-config.json" })?.url else { continue }
            let output = context.package.directoryURL.appending(path: "generated").appending(path: module.name)
            let process = Process()
            process.executableURL = tool
            process.arguments = ["--config", config.path, "--output", output.path]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw RegenerateError(description: "schemawire-codegen failed for \(module.name) (exit \(process.terminationStatus))")
            }
            print("generated/\(module.name)/ is up to date")
            generated += 1
        }
        if generated == 0 { print("no target has a schemawire-config.json") }
    }
}

/// A failure with a message for the terminal.
struct RegenerateError: Error, CustomStringConvertible {
    let description: String
}
