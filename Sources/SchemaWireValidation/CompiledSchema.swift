/// A schema compiled for evaluation: every reachable subschema as a node, `$ref`s resolved to node
/// indices, and the `$dynamicAnchor` table per schema resource.
struct CompiledSchema: Sendable {
    /// Every node; edges hold indices into this array.
    let nodes: [SchemaNode]
    /// The node evaluation starts at.
    let root: Int
    /// Resource index → dynamic anchor name → node, for `$dynamicRef`.
    let dynamicAnchors: [[String: Int]]
    /// Whether any `$dynamicRef` needs the dynamic scope tracked.
    let usesDynamicScope: Bool
    /// Keyword-location segments (`/properties/id`), by `SchemaEdge.segment`.
    let segments: [String]
    /// Per node: whether it is the `false` schema (for messages about forbidden members).
    func isFalse(_ node: Int) -> Bool { nodes[node].boolean == false }
}
