import Foundation
import SchemaWire

/// A JSON Schema (draft 2020-12 or draft-07) compiled once, ready to validate any number of instances.
///
/// ```swift
/// let validator = try JSONSchemaValidator(file: "schema/navixy/events.schema.json", ref: "#/$defs/StateBatch")
/// try validator.requireValid(bytes: payload)   // one line in XCTest or Swift Testing
/// ```
public struct JSONSchemaValidator: Sendable {
    private let compiled: CompiledSchema
    /// What the validator checks against (a URI), used in failure messages.
    public let schemaName: String

    /// Compiles `schema`; `uri` is its base URI for relative references and error locations, and
    /// `registry` supplies every other document it references.
    public init(
        schema: JSONValue, uri: String = "urn:schemawire:schema", registry: SchemaRegistry = SchemaRegistry(),
        options: ValidationOptions = ValidationOptions()
    ) throws(SchemaError) {
        var compiler = SchemaCompiler(registry: registry, options: options)
        let base = schema["$id"]?.stringValue.map { URIReference.resolve($0, against: uri) }.map(SchemaRegistry.normalized) ?? uri
        compiled = try compiler.compile(document: schema, uri: base)
        schemaName = base
    }

    /// Compiles the registry schema that the absolute `reference` names (a document URI, with an
    /// optional fragment such as `#/$defs/State` or `#StateAnchor`).
    public init(reference: String, registry: SchemaRegistry, options: ValidationOptions = ValidationOptions()) throws(SchemaError) {
        var compiler = SchemaCompiler(registry: registry, options: options)
        compiled = try compiler.compile(reference: reference)
        schemaName = reference
    }

    /// Loads a schema file (with the other JSON files of its folder, so cross-file `$ref`s resolve;
    /// files there that are not JSON are ignored) and compiles it, or the part `ref` names: a
    /// fragment (`#/$defs/State`) or a path relative to the file (`common.schema.json#/$defs/Id`).
    public init(file path: String, ref: String? = nil, options: ValidationOptions = ValidationOptions()) throws(SchemaError) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var registry = SchemaRegistry()
        try registry.addFile(atPath: url.path)
        try registry.addDirectory(atPath: url.deletingLastPathComponent().path, skippingMalformedFiles: true)
        let fileURI = url.absoluteString
        try self.init(reference: URIReference.resolve(ref ?? "", against: fileURI), registry: registry, options: options)
    }

    /// Validates `instance`, returning every located error.
    public func validate(_ instance: JSONValue) -> ValidationResult {
        var fast = Evaluator(schema: compiled, collecting: false)
        if fast.run(instance) { return ValidationResult(errors: []) }
        var thorough = Evaluator(schema: compiled, collecting: true)
        _ = thorough.run(instance)
        return ValidationResult(errors: thorough.errors)
    }

    /// Whether `instance` is valid (no error messages are built).
    public func isValid(_ instance: JSONValue) -> Bool {
        var fast = Evaluator(schema: compiled, collecting: false)
        return fast.run(instance)
    }

    /// Parses `bytes` as JSON and validates the document.
    public func validate(bytes: some Collection<UInt8>) throws(JSONDecodingError) -> ValidationResult {
        validate(try JSONValue(parsing: bytes))
    }

    /// Throws a `ValidationFailure` listing every error unless `instance` is valid: the one-line
    /// assertion for tests (`try validator.requireValid(value)` fails an XCTest or Swift Testing
    /// test with the errors as its message).
    public func requireValid(_ instance: JSONValue) throws(ValidationFailure) {
        let result = validate(instance)
        guard result.isValid else { throw ValidationFailure(schemaName: schemaName, result: result) }
    }

    /// Parses `bytes` and requires the document to be valid; throws `JSONDecodingError` for
    /// malformed JSON and `ValidationFailure` for an invalid document.
    public func requireValid(bytes: some Collection<UInt8>) throws {
        try requireValid(try JSONValue(parsing: bytes))
    }

    /// Parses `text` and requires the document to be valid (see `requireValid(bytes:)`).
    public func requireValid(json text: String) throws {
        try requireValid(bytes: Array(text.utf8))
    }
}
