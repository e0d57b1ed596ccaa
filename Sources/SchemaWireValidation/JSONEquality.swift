import SchemaWire

/// JSON Schema equality (`const`, `enum`, `uniqueItems`): like `JSONValue`'s `==` (numbers by value,
/// objects without regard to order) except that strings compare by code points, not by Swift's
/// canonical equivalence, so `"é"` and `"e\u{301}"` differ as the specification requires.
enum JSONEquality {
    /// Whether the two values are equal as JSON Schema defines it.
    static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let left), .string(let right)):
            return left.utf8.elementsEqual(right.utf8)
        case (.array(let left), .array(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { equal($0, $1) }
        case (.object(let left), .object(let right)):
            guard left.count == right.count else { return false }
            for (key, value) in left {
                guard let index = right.keys.firstIndex(where: { $0.utf8.elementsEqual(key.utf8) }),
                      equal(value, right.values[index]) else { return false }
            }
            return true
        default:
            return lhs == rhs
        }
    }
}
