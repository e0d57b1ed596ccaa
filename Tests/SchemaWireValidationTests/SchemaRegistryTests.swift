import Foundation
import SchemaWire
import SchemaWireValidation
import Testing

/// The registry: folders with cross-file references, documents added by URI, typed schema errors.
@Suite("Schema registry")
struct SchemaRegistryTests {
    /// A fresh folder with `files` written into it (relative path → contents).
    static func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("schemawire-registry-\(UUID().uuidString)")
        for (path, contents) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
        return root
    }

    static let files = [
        "events.schema.json": #"{"$defs":{"Event":{"type":"object","properties":{"at":{"$ref":"common/time.schema.json#/$defs/Time"},"id":{"$ref":"ids.schema.json#Id"}}}}}"#,
        "common/time.schema.json": #"{"$defs":{"Time":{"type":"string","pattern":"^\\d{2}:\\d{2}$"}}}"#,
        "ids.schema.json": #"{"$id":"https://example.test/ids.json","$defs":{"Id":{"$anchor":"Id","type":"integer","minimum":1}}}"#,
    ]

    @Test("a folder loads with relative references across files and subfolders, and to $id and $anchor")
    func folderWithCrossFileReferences() throws {
        let root = try Self.folder(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        var registry = SchemaRegistry()
        try registry.addDirectory(atPath: root.path, baseURI: "https://schemas.test/api/")
        #expect(registry.document(for: "https://schemas.test/api/common/time.schema.json") != nil)
        #expect(registry.document(for: "https://example.test/ids.json") != nil)
        let validator = try JSONSchemaValidator(reference: "https://schemas.test/api/events.schema.json#/$defs/Event", registry: registry)
        #expect(validator.validate(try JSONValue(parsing: #"{"at":"12:30","id":4}"#)).isValid)
        let result = validator.validate(try JSONValue(parsing: #"{"at":"noon","id":0}"#))
        #expect(result.errors.map(\.instanceLocation).sorted() == ["/at", "/id"])
        #expect(result.errors.contains { $0.absoluteKeywordLocation == "https://schemas.test/api/common/time.schema.json#/$defs/Time/pattern" })
        #expect(result.errors.contains { $0.absoluteKeywordLocation == "https://example.test/ids.json#/$defs/Id/minimum" })
    }

    @Test("a schema file loads with its folder, and --ref-style fragments select a definition")
    func fileWithReference() throws {
        let root = try Self.folder(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let validator = try JSONSchemaValidator(file: root.appendingPathComponent("events.schema.json").path, ref: "#/$defs/Event")
        #expect(try validator.validate(bytes: Array(#"{"at":"09:05"}"#.utf8)).isValid)
        #expect(try !validator.validate(bytes: Array(#"{"at":9}"#.utf8)).isValid)
    }

    @Test("a document added by URI is found by references to that URI")
    func documentAddedByURI() throws {
        var registry = SchemaRegistry()
        try registry.add(try JSONValue(parsing: #"{"type":"string","maxLength":3}"#), uri: "urn:example:short")
        let validator = try JSONSchemaValidator(schema: try JSONValue(parsing: #"{"items":{"$ref":"urn:example:short"}}"#), registry: registry)
        #expect(validator.validate(try JSONValue(parsing: #"["abc","de"]"#)).isValid)
        #expect(validator.validate(try JSONValue(parsing: #"["abcd"]"#)).errors.first?.instanceLocation == "/0")
    }

    @Test("a reference to nothing loaded is a typed error naming the reference and where it is")
    func unresolvableReference() throws {
        let schema = try JSONValue(parsing: #"{"properties":{"a":{"$ref":"missing.json#/x"}}}"#)
        #expect(throws: SchemaError.unresolvableReference("missing.json#/x", at: "https://example.test/s.json#/properties/a/$ref")) {
            try JSONSchemaValidator(schema: schema, uri: "https://example.test/s.json")
        }
    }

    @Test("malformed keywords and patterns are typed errors, not crashes")
    func malformedSchemas() throws {
        #expect(throws: SchemaError.invalidKeyword("minLength", at: "urn:schemawire:schema#", expected: "a non-negative integer")) {
            try JSONSchemaValidator(schema: try JSONValue(parsing: #"{"minLength":"3"}"#))
        }
        #expect {
            try JSONSchemaValidator(schema: try JSONValue(parsing: #"{"pattern":"(unclosed"}"#))
        } throws: { error in
            guard case SchemaError.invalidPattern("(unclosed", _, _) = error else { return false }
            return true
        }
        #expect(throws: SchemaError.self) { try JSONSchemaValidator(schema: .number(JSONNumber(3))) }
    }

    @Test("two different documents under one URI are refused")
    func duplicateURI() throws {
        var registry = SchemaRegistry()
        try registry.add(.bool(true), uri: "https://example.test/a.json")
        try registry.add(.bool(true), uri: "https://example.test/a.json")
        #expect(throws: SchemaError.duplicateURI("https://example.test/a.json")) {
            try registry.add(.bool(false), uri: "https://example.test/a.json")
        }
    }

    @Test("a missing folder is a typed error")
    func missingFolder() {
        var registry = SchemaRegistry()
        #expect(throws: SchemaError.self) { try registry.addDirectory(atPath: "/nonexistent/schemawire-\(UUID().uuidString)") }
    }
}
