import SchemaWireCodegen

/// Runs the generator on a few inline documents of the API folder `test` (namespace `Test`).
enum Snippet {
    /// A schema file `things.schema.json` whose `$defs` are `definitions` (JSON text of an object).
    static func schemaFile(_ definitions: String, id: String = "things.schema.json", extraRoot: String = "") -> String {
        """
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "$id": "https://schemawire.dev/schema/test/\(id)"\(extraRoot.isEmpty ? "" : ", " + extraRoot),
         "$defs": \(definitions)}
        """
    }

    /// The generated Swift for `things.schema.json` holding `definitions`.
    static func swift(_ definitions: String, otherFiles: [String: String] = [:]) throws -> String {
        let output = try generate(["things.schema.json": schemaFile(definitions)].merging(otherFiles) { first, _ in first })
        return output.files["Test.things.swift"] ?? ""
    }

    /// The whole output for the given documents.
    static func generate(_ documents: [String: String]) throws(CodegenError) -> CodeGenerator.Output {
        try CodeGenerator.generate(documents: documents, folder: "test", namespace: "Test")
    }

    /// The diagnostics of a run that must fail.
    static func errors(_ definitions: String) -> [Diagnostic] {
        errors(documents: ["things.schema.json": schemaFile(definitions)])
    }

    /// The diagnostics of a run over `documents` that must fail.
    static func errors(documents: [String: String]) -> [Diagnostic] {
        do {
            _ = try generate(documents)
            return []
        } catch {
            if case .invalidSchema(let diagnostics) = error { return diagnostics.filter { $0.severity == .error } }
            return [Diagnostic(.error, file: "?", pointer: "", "\(error)")]
        }
    }
}
