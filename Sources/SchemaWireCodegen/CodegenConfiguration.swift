import Foundation
import SchemaWire

/// The contents of a target's `schemawire-config.json`.
///
/// ```json
/// { "schema": "../../schema/navixy", "namespace": "Navixy" }
/// ```
public struct CodegenConfiguration: Sendable, Hashable {
    /// The folder holding `asyncapi.json` and its schema files (absolute, or relative to the config file).
    public var schemaDirectory: String
    /// The Swift namespace (a caseless enum) every generated type lives in, e.g. `Navixy`.
    public var namespace: String
    /// `public` (default), `package` or `internal`.
    public var accessModifier: String

    /// Creates a configuration.
    public init(schemaDirectory: String, namespace: String, accessModifier: String = "public") {
        self.schemaDirectory = schemaDirectory
        self.namespace = namespace
        self.accessModifier = accessModifier
    }

    /// Reads a configuration file; a relative `schema` is resolved against the file's folder.
    public static func load(from path: String) throws(CodegenError) -> CodegenConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalidConfiguration(path: path, reason: "the file cannot be read")
        }
        let value: JSONValue
        do { value = try JSONValue(parsing: [UInt8](data)) } catch {
            throw .invalidConfiguration(path: path, reason: error.description)
        }
        guard let schema = value["schema"]?.stringValue else {
            throw .invalidConfiguration(path: path, reason: "\"schema\" (the schema folder, a relative path) is missing")
        }
        guard let namespace = value["namespace"]?.stringValue, !namespace.isEmpty else {
            throw .invalidConfiguration(path: path, reason: "\"namespace\" (e.g. \"Navixy\") is missing")
        }
        let access = value["accessModifier"]?.stringValue ?? "public"
        guard ["public", "package", "internal"].contains(access) else {
            throw .invalidConfiguration(path: path, reason: "\"accessModifier\" must be public, package or internal")
        }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        let directory = schema.hasPrefix("/") ? schema : base.appendingPathComponent(schema).standardizedFileURL.path
        return CodegenConfiguration(schemaDirectory: directory, namespace: namespace, accessModifier: access)
    }
}
