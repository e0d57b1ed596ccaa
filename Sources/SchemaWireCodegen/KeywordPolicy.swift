import SchemaWire

/// Which schema keywords the generator understands; anything else is a diagnostic, never ignored.
enum KeywordPolicy {
    static let supported: Set<String> = [
        "$schema", "$id", "$ref", "$defs", "$comment", "type", "properties", "required", "additionalProperties",
        "items", "enum", "const", "oneOf", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "minLength", "maxLength", "minItems", "maxItems", "pattern", "title", "description", "default", "examples",
        "deprecated", "readOnly", "writeOnly",
        "x-swift-name", "x-swift-type", "x-swift-namespace", "x-enum-names", "x-open-enum", "x-discriminator",
        "x-default-variant", "x-dispatch-by-key", "x-keep-unknown-properties",
    ]

    /// Diagnostics for the unsupported keywords of the schema object at `location` (not its children).
    static func check(_ location: SchemaLocation) -> [Diagnostic] {
        guard case .object(let object) = location.value else { return [] }
        return object.keys.filter { !supported.contains($0) }.map { keyword in
            Diagnostic(.error, file: location.file.displayName, pointer: location.pointer + "/" + SchemaLocation.escape(keyword),
                       "unsupported keyword \"\(keyword)\"; see schema/README.md for the supported dialect")
        }
    }
}
