// schemawire-codegen: the thin executable the SchemaWire plugins run.
import Foundation
import SchemaWireCodegen

let usage = """
    usage: schemawire-codegen --config <schemawire-config.json> --output <folder> [--no-reference]

    Generates Swift (one file per schema file, plus <Namespace>.Channels.swift) and REFERENCE.md
    from the schema folder the configuration names. Files are written only when their bytes change.
      --config <file>    the target's schemawire-config.json ({"schema": "<folder>", "namespace": "<Name>"})
      --output <folder>  where to write the generated files
      --no-reference     skip REFERENCE.md (the build plugin compiles only Swift)
    """

func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(code)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var configPath: String?
var outputPath: String?
var includeReference = true
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--config" where !arguments.isEmpty: configPath = arguments.removeFirst()
    case "--output" where !arguments.isEmpty: outputPath = arguments.removeFirst()
    case "--no-reference": includeReference = false
    case "--help", "-h": print(usage); exit(0)
    default: fail("schemawire-codegen: unexpected argument \"\(argument)\"\n\n\(usage)", code: 2)
    }
}
guard let configPath, let outputPath else { fail("schemawire-codegen: --config and --output are required\n\n\(usage)", code: 2) }

do {
    let configuration = try CodegenConfiguration.load(from: configPath)
    let output = try CodeGenerator.generate(configuration, includeReference: includeReference)
    for diagnostic in output.diagnostics {
        FileHandle.standardError.write(Data("\(configuration.schemaDirectory)/../\(diagnostic)\n".utf8))
    }
    try CodeGenerator.write(output, to: outputPath)
} catch {
    fail("schemawire-codegen: error: \(error)", code: 1)
}
