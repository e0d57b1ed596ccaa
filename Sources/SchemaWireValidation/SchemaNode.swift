import SchemaWire

/// One compiled schema: its keywords in evaluation order, where it lives, and which resource it is in.
///
/// Nodes refer to each other by index into `CompiledSchema.nodes`, so recursive schemas need no
/// reference cycles. Immutable once compiled.
final class SchemaNode: Sendable {
    /// `true`/`false` for a boolean schema, `nil` for an object schema.
    let boolean: Bool?
    /// The keywords, with `unevaluated*` last.
    let keywords: [Keyword]
    /// The absolute location: resource URI, `#`, JSON pointer.
    let location: String
    /// The index of its schema resource (for the `$dynamicRef` scope).
    let resource: Int
    /// Whether the node has `unevaluatedProperties`/`unevaluatedItems`, so its in-place
    /// applicators must report what they evaluated.
    let needsAnnotations: Bool

    init(boolean: Bool?, keywords: [Keyword], location: String, resource: Int) {
        self.boolean = boolean
        self.keywords = keywords
        self.location = location
        self.resource = resource
        needsAnnotations = keywords.contains { keyword in
            switch keyword {
            case .unevaluatedProperties, .unevaluatedItems: true
            default: false
            }
        }
    }
}

/// An edge to a subschema: its node and the keyword-location segment that leads to it
/// (`/properties/id`), both as indices so that passing an edge around costs no reference counting.
struct SchemaEdge: Sendable {
    /// The subschema's node index.
    let node: Int
    /// The index in `CompiledSchema.segments` of the escaped segment appended to the keyword location.
    let segment: Int
}
