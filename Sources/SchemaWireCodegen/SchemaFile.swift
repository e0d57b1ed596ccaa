import SchemaWire

/// One JSON document of an API's schema folder.
struct SchemaFile: Sendable {
    /// The file name, e.g. `events.schema.json`.
    let name: String
    /// The name shown in diagnostics and provenance remarks, e.g. `navixy/events.schema.json`.
    let displayName: String
    /// The parsed document.
    let root: JSONValue

    /// The `$id`, if any.
    var id: String? { root["$id"]?.stringValue }

    /// `events.schema.json` → `events`.
    var baseName: String { OutputNaming.baseName(ofSchemaFile: name) }

    /// The file's Swift namespace: `x-swift-namespace`, else the PascalCased base name.
    var namespace: String { root["x-swift-namespace"]?.stringValue ?? Naming.upperCamel(baseName) }

    /// Whether this is the AsyncAPI document.
    var isAsyncAPI: Bool { name == "asyncapi.json" }
}

/// A place in a schema file: the file, the pointer tokens and the value there.
struct SchemaLocation: Sendable {
    let file: SchemaFile
    let tokens: [String]
    let value: JSONValue

    /// `#/$defs/X` style pointer.
    var pointer: String { tokens.isEmpty ? "" : "/" + tokens.map(SchemaLocation.escape).joined(separator: "/") }
    /// `navixy/events.schema.json#/$defs/X`.
    var provenance: String { "\(file.displayName)#\(pointer)" }

    /// The location of a child member or element.
    func child(_ token: String) -> SchemaLocation? {
        let next: JSONValue?
        if let index = Int(token), case .array = value { next = value[index] } else { next = value[token] }
        return next.map { SchemaLocation(file: file, tokens: tokens + [token], value: $0) }
    }

    /// The `$defs` (or AsyncAPI `components.schemas`) name when this location is a named definition.
    var definitionName: String? {
        if tokens.count == 2, tokens[0] == "$defs" { return tokens[1] }
        if tokens.count == 3, tokens[0] == "components", tokens[1] == "schemas" { return tokens[2] }
        return nil
    }

    static func escape(_ token: String) -> String {
        token.replacing("~", with: "~0").replacing("/", with: "~1")
    }

    static func unescape(_ token: String) -> String {
        token.replacing("~1", with: "/").replacing("~0", with: "~")
    }
}
