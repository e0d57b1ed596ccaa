import SchemaWire

/// The applicators over object members and array elements.
extension Evaluator {
    mutating func checkProperties(
        _ properties: PropertiesKeyword, _ object: JSONObject, _ node: SchemaNode, _ track: Bool, _ annotations: inout Annotations
    ) -> Bool {
        var valid = true
        let additionalForbidden = properties.additionalForbidden
        for offset in 0..<object.count {
            let key = object.keys[offset]
            let value = object.values[offset]
            var matched = false
            if let edge = properties.named[key] {
                matched = true
                if !descend(edge, value, at: .key(key)) { valid = false }
            }
            for (regex, edge) in properties.patterns where regex.matches(key) {
                matched = true
                if !descend(edge, value, at: .key(key)) { valid = false }
            }
            if !matched, let additional = properties.additional {
                if additionalForbidden {
                    valid = false
                    record(node, "additionalProperties", at: .key(key), "property \"\(key)\" is not allowed here (additionalProperties is false)")
                } else if !descend(additional, value, at: .key(key)) {
                    valid = false
                }
            } else if matched, track {
                annotations.properties.insert(key)
            }
            if !valid, !collecting { return false }
        }
        if properties.additional != nil, track { annotations.allProperties = true }
        return valid
    }

    mutating func checkItems(
        _ items: ItemsKeyword, _ elements: [JSONValue], _ node: SchemaNode, _ track: Bool, _ annotations: inout Annotations
    ) -> Bool {
        var valid = true
        for (offset, element) in elements.enumerated() {
            let edge: SchemaEdge
            if offset < items.prefix.count {
                edge = items.prefix[offset]
            } else if let rest = items.rest {
                edge = rest
                if items.restForbidden {
                    record(node, items.restKeyword, at: .index(offset),
                           "item \(offset) is not allowed: the array may hold at most \(items.prefix.count) items")
                    return false
                }
            } else {
                break
            }
            if !descend(edge, element, at: .index(offset)) {
                valid = false
                if !collecting { return false }
            }
        }
        if track {
            if items.rest != nil { annotations.allItems = true } else { annotations.itemPrefix = max(annotations.itemPrefix, min(items.prefix.count, elements.count)) }
        }
        return valid
    }

    mutating func checkContains(
        _ contains: ContainsKeyword, _ elements: [JSONValue], _ node: SchemaNode, _ track: Bool, _ annotations: inout Annotations
    ) -> Bool {
        var count = 0
        let needAll = track || contains.maximum != nil || collecting
        for (offset, element) in elements.enumerated() {
            var ignored = Annotations()
            if probe(contains.schema, element, track: false, &ignored) {
                count += 1
                if track { annotations.items.insert(offset) }
                if !needAll, count >= contains.minimum { return true }
            }
        }
        if count < contains.minimum {
            record(node, "contains", "expected at least \(contains.minimum) item\(contains.minimum == 1 ? "" : "s") matching contains, found \(count)")
            return false
        }
        if let maximum = contains.maximum, count > maximum {
            record(node, "maxContains", "expected at most \(maximum) items matching contains, found \(count)")
            return false
        }
        return true
    }
}
