import SchemaWire

/// Checks on numbers and the helpers for types and equality.
extension Evaluator {
    mutating func checkBound(_ bound: NumberBound, _ number: JSONNumber, _ node: SchemaNode) -> Bool {
        let fast = Double(number.literal) ?? .nan
        let order: Int
        if fast.isFinite, bound.limit.double.isFinite, fast != bound.limit.double {
            order = fast < bound.limit.double ? -1 : 1
        } else if let exact = DecimalValue(literal: number.literal) {
            order = exact < bound.limit ? -1 : (exact == bound.limit ? 0 : 1)
        } else {
            return true
        }
        let (valid, relation): (Bool, String) = switch bound.kind {
        case .minimum: (order >= 0, "≥")
        case .maximum: (order <= 0, "≤")
        case .exclusiveMinimum: (order > 0, ">")
        case .exclusiveMaximum: (order < 0, "<")
        case .multipleOf: (true, "")
        }
        if !valid { record(node, bound.kind.rawValue, "expected a number \(relation) \(bound.literal), found \(number.literal)") }
        return valid
    }


    static func matches(_ allowed: JSONTypeSet, _ instance: JSONValue) -> Bool {
        switch instance {
        case .null: return allowed.contains(.null)
        case .bool: return allowed.contains(.boolean)
        case .string: return allowed.contains(.string)
        case .array: return allowed.contains(.array)
        case .object: return allowed.contains(.object)
        case .number(let number):
            if allowed.contains(.number) { return true }
            guard allowed.contains(.integer) else { return false }
            if !number.literal.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }) { return true }
            return DecimalValue(literal: number.literal)?.isInteger ?? false
        }
    }

    static func duplicate(in elements: [JSONValue]) -> (Int, Int)? {
        if elements.count <= 16 {
            for first in elements.indices {
                for second in (first + 1)..<elements.count where JSONEquality.equal(elements[first], elements[second]) {
                    return (first, second)
                }
            }
            return nil
        }
        // Buckets by `JSONValue` hashing (canonically equivalent strings share one), then exact checks.
        var seen: [JSONValue: [Int]] = [:]
        for (offset, element) in elements.enumerated() {
            if let earlier = seen[element]?.first(where: { JSONEquality.equal(elements[$0], element) }) { return (earlier, offset) }
            seen[element, default: []].append(offset)
        }
        return nil
    }
}
