import Foundation
import SchemaWire

/// Schema documents by URI, so `$ref`s across files (and to meta-schemas or remote fixtures) resolve
/// without any network access.
///
/// A document is found under the URI it was added with and under its root `$id`. Build the registry
/// first, then compile validators from it; it is a value, so a validator keeps the state it saw.
public struct SchemaRegistry: Sendable {
    /// The documents, by absolute URI without fragment.
    public private(set) var documents: [String: JSONValue] = [:]

    /// An empty registry.
    public init() {}

    /// The document stored under `uri` (a trailing empty fragment is ignored).
    public func document(for uri: String) -> JSONValue? {
        documents[Self.normalized(uri)]
    }

    /// Adds a parsed document under `uri`, or under its root `$id` when `uri` is `nil`.
    public mutating func add(_ document: JSONValue, uri: String? = nil) throws(SchemaError) {
        let identifier = document["$id"]?.stringValue
        guard let primary = uri ?? identifier else {
            throw .invalidKeyword("$id", at: "(a document added without a URI)", expected: "a string when no URI is given")
        }
        let base = Self.normalized(primary)
        try store(document, under: base)
        if let identifier {
            let resolved = Self.normalized(URIReference.resolve(identifier, against: base))
            if resolved != base { try store(document, under: resolved) }
        }
    }

    /// Parses `bytes` as JSON and adds the document (see `add(_:uri:)`).
    public mutating func add(bytes: some Collection<UInt8>, uri: String? = nil) throws(SchemaError) {
        let document: JSONValue
        do {
            document = try JSONValue(parsing: bytes)
        } catch {
            throw .malformedDocument(uri: uri ?? "(unnamed)", error: error)
        }
        try add(document, uri: uri)
    }

    /// Reads one JSON file and adds it under `uri` (default: its `file://` URL).
    public mutating func addFile(atPath path: String, uri: String? = nil) throws(SchemaError) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        try add(bytes: try Self.read(url), uri: uri ?? url.absoluteString)
    }

    /// Adds every `.json` file under `directory` (recursively), each under `baseURI` + its relative
    /// path; `baseURI` defaults to the folder's `file://` URL. Cross-file relative `$ref`s then resolve.
    /// With `skippingMalformedFiles`, files that are not JSON (stray samples, say) are left out
    /// instead of failing the load; a reference into one then reports it as unresolvable.
    public mutating func addDirectory(atPath directory: String, baseURI: String? = nil, skippingMalformedFiles: Bool = false) throws(SchemaError) {
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        var base = baseURI ?? root.absoluteString
        if !base.hasSuffix("/") { base += "/" }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue,
              let enumerator = FileManager.default.enumerator(atPath: root.path) else {
            throw .unreadableFile(path: directory, reason: "not a readable folder")
        }
        var relativePaths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".json") { relativePaths.append(relative) }
        }
        for relative in relativePaths.sorted() {
            let url = root.appendingPathComponent(relative)
            do {
                try add(bytes: try Self.read(url), uri: base + relative)
            } catch .malformedDocument where skippingMalformedFiles {
                continue
            }
        }
    }

    /// A registry holding the draft 2020-12 and draft-07 meta-schemas from a folder laid out as
    /// `draft2020-12/schema.json`, `draft2020-12/meta/*.json` and `draft-07/schema.json`.
    public static func withMetaSchemas(atPath directory: String) throws(SchemaError) -> SchemaRegistry {
        var registry = SchemaRegistry()
        try registry.addMetaSchemas(atPath: directory)
        return registry
    }

    /// Adds every meta-schema file found under `directory`, each under its own `$id`.
    public mutating func addMetaSchemas(atPath directory: String) throws(SchemaError) {
        var scratch = SchemaRegistry()
        try scratch.addDirectory(atPath: directory)
        for (_, document) in scratch.documents.sorted(by: { $0.key < $1.key }) where document["$id"]?.stringValue != nil {
            try add(document)
        }
    }

    private mutating func store(_ document: JSONValue, under uri: String) throws(SchemaError) {
        if let existing = documents[uri], existing != document { throw .duplicateURI(uri) }
        documents[uri] = document
    }

    private static func read(_ url: URL) throws(SchemaError) -> [UInt8] {
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw .unreadableFile(path: url.path, reason: "\(error.localizedDescription)")
        }
    }

    /// `uri` without an empty trailing fragment.
    static func normalized(_ uri: String) -> String {
        uri.hasSuffix("#") ? String(uri.dropLast()) : uri
    }
}
