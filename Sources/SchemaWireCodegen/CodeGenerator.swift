import Foundation
import SchemaWire

/// The generator's entry point: schema folder in, Swift files (and a Markdown reference) out.
public enum CodeGenerator {
    /// The output of one run: file name → contents, plus the diagnostics (warnings only, on success).
    public struct Output: Sendable, Hashable {
        /// File name → contents, e.g. `Navixy.events.swift`.
        public var files: [String: String]
        /// Warnings worth showing.
        public var diagnostics: [Diagnostic]
    }

    /// Generates every file for `configuration`; throws ``CodegenError/invalidSchema(_:)`` listing
    /// every diagnostic when any is an error.
    public static func generate(_ configuration: CodegenConfiguration, includeReference: Bool = true) throws(CodegenError) -> Output {
        let schemas = try SchemaSet.load(directory: configuration.schemaDirectory)
        return try generate(schemas, configuration: configuration, includeReference: includeReference)
    }

    /// Generates from in-memory documents (file name → JSON text) as if they were the folder `folder`.
    public static func generate(
        documents: [String: String], folder: String, namespace: String, includeReference: Bool = true
    ) throws(CodegenError) -> Output {
        let configuration = CodegenConfiguration(schemaDirectory: folder, namespace: namespace)
        return try generate(SchemaSet.parse(documents: documents, folder: folder), configuration: configuration, includeReference: includeReference)
    }

    static func generate(_ schemas: SchemaSet, configuration: CodegenConfiguration, includeReference: Bool) throws(CodegenError) -> Output {
        var translator = Translator(schemas: schemas, namespace: configuration.namespace)
        let api = translator.translate()
        let diagnostics = translator.diagnostics.sorted { ($0.file, $0.pointer, $0.message) < ($1.file, $1.pointer, $1.message) }
        if diagnostics.contains(where: { $0.severity == .error }) { throw .invalidSchema(diagnostics) }
        let renderer = SwiftRenderer(api: api, access: configuration.accessModifier)
        var files: [String: String] = [OutputNaming.channelsFile(namespace: api.namespace): renderer.renderChannelsFile()]
        for file in api.files {
            files[OutputNaming.swiftFile(forSchemaFile: file.schemaFileName, namespace: api.namespace)] = renderer.render(file: file)
        }
        if includeReference { files[OutputNaming.referenceFile] = MarkdownRenderer(api: api).render() }
        return Output(files: files, diagnostics: diagnostics)
    }

    /// Writes `output` into `directory`, touching only files whose bytes changed (so the build
    /// does not recompile what did not change). Returns the names that were written.
    @discardableResult
    public static func write(_ output: Output, to directory: String) throws(CodegenError) -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .fileSystem(path: directory, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        var written: [String] = []
        for (name, contents) in output.files.sorted(by: { $0.key < $1.key }) {
            let path = (directory as NSString).appendingPathComponent(name)
            let bytes = Data(contents.utf8)
            if FileManager.default.contents(atPath: path) == bytes { continue }
            do { try bytes.write(to: URL(fileURLWithPath: path)) } catch {
                throw .fileSystem(path: path, reason: "cannot write: \(error.localizedDescription)")
            }
            written.append(name)
        }
        return written
    }
}
