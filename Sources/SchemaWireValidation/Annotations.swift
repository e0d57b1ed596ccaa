/// What a schema evaluated, for `unevaluatedProperties` and `unevaluatedItems`: property names and
/// item indices, or "all of them".
struct Annotations {
    /// Names of evaluated properties.
    var properties: Set<String> = []
    /// Whether every property was evaluated (`additionalProperties`, `unevaluatedProperties`).
    var allProperties = false
    /// Items `0..<itemPrefix` were evaluated.
    var itemPrefix = 0
    /// Other evaluated item indices (from `contains`).
    var items: Set<Int> = []
    /// Whether every item was evaluated (`items`, `unevaluatedItems`).
    var allItems = false

    /// Adds what `other` evaluated.
    mutating func merge(_ other: Annotations) {
        if other.allProperties { allProperties = true } else if !allProperties { properties.formUnion(other.properties) }
        if other.allItems { allItems = true } else if !allItems {
            itemPrefix = max(itemPrefix, other.itemPrefix)
            items.formUnion(other.items)
        }
    }

    /// Whether property `name` was evaluated.
    func evaluated(property name: String) -> Bool { allProperties || properties.contains(name) }

    /// Whether item `index` was evaluated.
    func evaluated(item index: Int) -> Bool { allItems || index < itemPrefix || items.contains(index) }
}
