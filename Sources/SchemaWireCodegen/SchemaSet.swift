import Foundation
import SchemaWire

/// Every document of one API's schema folder, with `$ref` resolution across them.
struct SchemaSet: Sendable {
    /// The files, sorted by name (so output is deterministic).
    let files: [SchemaFile]

    /// Loads every `*.json` in `directory`; a missing folder is an empty set (the API is still being written).
    static func load(directory: String) throws(CodegenError) -> SchemaSet {
        let folder = URL(fileURLWithPath: directory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var files: [SchemaFile] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .fileSystem(path: path, reason: "cannot be read")
            }
            let display = folder.lastPathComponent + "/" + name
            do {
                files.append(SchemaFile(name: name, displayName: display, root: try JSONValue(parsing: [UInt8](data))))
            } catch {
                throw .unreadableSchema(file: display, reason: error.description)
            }
        }
        return SchemaSet(files: files)
    }

    /// A set from in-memory documents (file name → JSON text), for tests and tools.
    static func parse(documents: [String: String], folder: String) throws(CodegenError) -> SchemaSet {
        var files: [SchemaFile] = []
        for name in documents.keys.sorted() {
            let display = folder + "/" + name
            do {
                files.append(SchemaFile(name: name, displayName: display, root: try JSONValue(parsing: documents[name]!)))
            } catch {
                throw .unreadableSchema(file: display, reason: error.description)
            }
        }
        return SchemaSet(files: files)
    }

    /// The AsyncAPI document, if present.
    var asyncAPI: SchemaFile? { files.first(where: \.isAsyncAPI) }

    /// Follows `reference` (`#/$defs/X`, `other.schema.json#/$defs/Y` or a full `$id` URL) from `file`.
    func resolve(_ reference: String, from file: SchemaFile) -> SchemaLocation? {
        let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let target = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : ""
        let document: SchemaFile?
        if target.isEmpty {
            document = file
        } else {
            let lastComponent = target.split(separator: "/").last.map(String.init) ?? target
            document = files.first { $0.id == target } ?? files.first { $0.name == lastComponent }
        }
        guard let document else { return nil }
        var location = SchemaLocation(file: document, tokens: [], value: document.root)
        for token in fragment.split(separator: "/", omittingEmptySubsequences: true) {
            guard let next = location.child(SchemaLocation.unescape(String(token))) else { return nil }
            location = next
        }
        return location
    }
}
