import Foundation
import SchemaWire
import SchemaWireValidation
import Testing

/// Whatever `schema/` holds: every schema file is a valid 2020-12 schema whose references all
/// resolve, and every `asyncapi.json` is a valid AsyncAPI 3.0 document.
@Suite("schema/ folder")
struct SchemaFolderTests {
    static let schemaRoot = SharedFixtures.packageRoot.appendingPathComponent("schema")

    /// Every `.json` file under `schema/`, relative to it.
    static let files: [String] = {
        guard let enumerator = FileManager.default.enumerator(atPath: schemaRoot.path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.hasSuffix(".json") { files.append(path) }
        }
        return files.sorted()
    }()

    static var schemaFiles: [String] { files.filter { !$0.hasSuffix("asyncapi.json") } }
    static var asyncAPIFiles: [String] { files.filter { $0.hasSuffix("asyncapi.json") } }

    static func document(_ file: String) throws -> JSONValue {
        try JSONValue(parsing: Array(try Data(contentsOf: schemaRoot.appendingPathComponent(file))))
    }

    @Test("every schema file validates against the draft 2020-12 meta-schema", .enabled(if: SharedFixtures.available, "\(SharedFixtures.skipMessage)"), arguments: schemaFiles)
    func matchesMetaSchema(_ file: String) throws {
        let registry = try SchemaRegistry.withMetaSchemas(atPath: try SharedFixtures.path("json-schema-metaschemas"))
        let metaSchema = try JSONSchemaValidator(reference: JSONSchemaDialect.draft2020_12.rawValue, registry: registry)
        let result = metaSchema.validate(try Self.document(file))
        #expect(result.isValid, "\(file): \(result)")
    }

    @Test("every definition of every schema file compiles, with every reference resolved", arguments: schemaFiles)
    func definitionsCompile(_ file: String) throws {
        let folder = Self.schemaRoot.appendingPathComponent(file).deletingLastPathComponent()
        var registry = SchemaRegistry()
        try registry.addDirectory(atPath: folder.path)
        let uri = folder.appendingPathComponent((file as NSString).lastPathComponent).standardizedFileURL.absoluteString
        _ = try JSONSchemaValidator(reference: uri, registry: registry)
        for name in try Self.document(file)["$defs"]?.objectValue?.keys ?? [] {
            _ = try JSONSchemaValidator(reference: uri + "#/$defs/" + name, registry: registry)
        }
    }

    @Test("every asyncapi.json validates against the AsyncAPI 3.0.0 schema (draft-07)", .enabled(if: SharedFixtures.available, "\(SharedFixtures.skipMessage)"), arguments: asyncAPIFiles)
    func matchesAsyncAPISchema(_ file: String) throws {
        let result = try Self.asyncAPIValidator().validate(try Self.document(file))
        #expect(result.isValid, "\(file): \(result)")
    }

    /// The AsyncAPI 3.0.0 schema with the meta-schemas it may reference.
    static func asyncAPIValidator() throws -> JSONSchemaValidator {
        var registry = try SchemaRegistry.withMetaSchemas(atPath: try SharedFixtures.path("json-schema-metaschemas"))
        let path = try SharedFixtures.path("asyncapi/asyncapi-3.0.0.schema.json")
        try registry.addFile(atPath: path)
        let uri = URL(fileURLWithPath: path).standardizedFileURL.absoluteString
        return try JSONSchemaValidator(reference: uri, registry: registry, options: ValidationOptions(defaultDialect: .draft7))
    }

    @Test("the AsyncAPI check can fail: a document without its required members is rejected", .enabled(if: SharedFixtures.available, "\(SharedFixtures.skipMessage)"))
    func asyncAPICheckCanFail() throws {
        let result = try Self.asyncAPIValidator().validate(try JSONValue(parsing: #"{"asyncapi":"3.0.0","info":{"title":"x"}}"#))
        #expect(!result.isValid)
        #expect(result.errors.contains { $0.message.contains("\"version\"") })
    }
}
