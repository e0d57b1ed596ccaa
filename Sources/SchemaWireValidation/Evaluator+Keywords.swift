import SchemaWire

/// The keyword dispatch: what each compiled keyword asserts about an instance.
extension Evaluator {

    mutating func check(_ keyword: Keyword, _ node: SchemaNode, _ instance: JSONValue, _ track: Bool, _ annotations: inout Annotations) -> Bool {
        switch keyword {
        case .type(let allowed):
            guard !Self.matches(allowed, instance) else { return true }
            record(node, "type", "expected \(allowed.names.joined(separator: " or ")), found \(describe(instance))")
            return false
        case .constant(let expected):
            guard !JSONEquality.equal(instance, expected) else { return true }
            record(node, "const", "expected exactly \(InstanceDescription.excerpt(expected)), found \(describe(instance))")
            return false
        case .enumeration(let enumeration):
            if let strings = enumeration.strings, case .string(let text) = instance,
               let found = strings.firstIndex(of: text), strings[found].utf8.elementsEqual(text.utf8) { return true }
            if enumeration.strings == nil || instance.stringValue != nil,
               enumeration.values.contains(where: { JSONEquality.equal($0, instance) }) { return true }
            let choices = enumeration.values.prefix(12).map(InstanceDescription.excerpt).joined(separator: ", ")
            record(node, "enum", "expected one of \(choices)\(enumeration.values.count > 12 ? ", …" : ""), found \(describe(instance))")
            return false
        case .bound(let bound):
            guard case .number(let number) = instance else { return true }
            return checkBound(bound, number, node)
        case .multipleOf(let divisor):
            guard case .number(let number) = instance, let value = DecimalValue(literal: number.literal) else { return true }
            guard !value.isMultiple(of: divisor.limit) else { return true }
            record(node, "multipleOf", "expected a multiple of \(divisor.literal), found \(number.literal)")
            return false
        case .minLength(let limit):
            guard case .string(let text) = instance, text.utf8.count < limit * 4 else { return true }
            let length = text.unicodeScalars.count
            guard length < limit else { return true }
            record(node, "minLength", "expected at least \(limit) characters, found \(length) in \(describe(instance))")
            return false
        case .maxLength(let limit):
            guard case .string(let text) = instance, text.utf8.count > limit else { return true }
            let length = text.unicodeScalars.count
            guard length > limit else { return true }
            record(node, "maxLength", "expected at most \(limit) characters, found \(length) in \(describe(instance))")
            return false
        case .pattern(let regex):
            guard case .string(let text) = instance, !regex.matches(text) else { return true }
            record(node, "pattern", "expected a string matching /\(regex.source)/, found \(describe(instance))")
            return false
        case .format(let format):
            guard case .string(let text) = instance, !format.accepts(text) else { return true }
            record(node, "format", "expected a valid \(format.rawValue), found \(describe(instance))")
            return false
        case .content(let content):
            guard case .string(let text) = instance, let problem = content.problem(with: text) else { return true }
            record(node, content.base64 ? "contentEncoding" : "contentMediaType", "\(problem), found \(describe(instance))")
            return false
        case .size(let keyword, let limit):
            guard let size = keyword.size(of: instance), keyword.isMinimum ? size < limit : size > limit else { return true }
            record(node, keyword.rawValue, "expected \(keyword.isMinimum ? "at least" : "at most") \(limit) \(keyword.noun), found \(size)")
            return false
        case .uniqueItems:
            guard case .array(let elements) = instance, let (first, second) = Self.duplicate(in: elements) else { return true }
            record(node, "uniqueItems", "items \(first) and \(second) are equal, but every item must be distinct")
            return false
        case .required(let names):
            guard case .object(let object) = instance else { return true }
            var valid = true
            for name in names where !object.keys.contains(name) {
                valid = false
                record(node, "required", "required property \"\(name)\" is missing")
                if !collecting { break }
            }
            return valid
        case .dependentRequired(let keyword, let pairs):
            guard case .object(let object) = instance else { return true }
            var valid = true
            for (property, required) in pairs where object.keys.contains(property) {
                for name in required where !object.keys.contains(name) {
                    valid = false
                    record(node, keyword + "/" + JSONPointer.escape(property),
                           "property \"\(property)\" is present, so property \"\(name)\" is required but missing")
                    if !collecting { return false }
                }
            }
            return valid
        case .properties(let properties):
            guard case .object(let object) = instance else { return true }
            return checkProperties(properties, object, node, track, &annotations)
        case .propertyNames(let edge):
            guard case .object(let object) = instance else { return true }
            var valid = true
            for key in object.keys where !probe(edge, .string(key), track: false, &annotations) {
                valid = false
                record(node, "propertyNames", at: .key(key), "property name \"\(key)\" does not satisfy propertyNames")
                if !collecting { break }
            }
            return valid
        case .dependentSchemas(_, let pairs):
            guard case .object(let object) = instance else { return true }
            var valid = true
            for (property, edge) in pairs where object.keys.contains(property) {
                if !descend(edge, instance, track: track, &annotations) {
                    valid = false
                    if !collecting { return false }
                }
            }
            return valid
        case .items(let items):
            guard case .array(let elements) = instance else { return true }
            return checkItems(items, elements, node, track, &annotations)
        case .contains(let contains):
            guard case .array(let elements) = instance else { return true }
            return checkContains(contains, elements, node, track, &annotations)
        case .allOf(let edges):
            var valid = true
            for edge in edges where !descend(edge, instance, track: track, &annotations) {
                valid = false
                if !collecting { break }
            }
            return valid
        case .anyOf(let edges):
            let mark = errorMark
            var matched = false
            for edge in edges where descend(edge, instance, track: track, &annotations) {
                matched = true
                if !track { break }
            }
            if matched {
                discardErrors(from: mark)
                return true
            }
            record(node, "anyOf", "\(describe(instance)) matches none of the \(edges.count) alternatives of anyOf (each one's errors follow)")
            moveLastError(to: mark)
            return false
        case .oneOf(let edges):
            let mark = errorMark
            var matches: [Int] = []
            for (offset, edge) in edges.enumerated() {
                var branch = Annotations()
                if descend(edge, instance, track: track, &branch) {
                    matches.append(offset)
                    if matches.count == 1 { annotations.merge(branch) }
                    if matches.count > 1, !collecting { return false }
                }
            }
            if matches.count == 1 {
                discardErrors(from: mark)
                return true
            }
            if matches.isEmpty {
                record(node, "oneOf", "\(describe(instance)) matches none of the \(edges.count) alternatives of oneOf (each one's errors follow)")
                moveLastError(to: mark)
            } else {
                discardErrors(from: mark)
                record(node, "oneOf", "\(describe(instance)) matches alternatives \(matches.map(String.init).joined(separator: ", ")) of oneOf, but must match exactly one")
            }
            return false
        case .not(let edge):
            var ignored = Annotations()
            guard probe(edge, instance, track: false, &ignored) else { return true }
            record(node, "not", "\(describe(instance)) must not match the schema under not")
            return false
        case .conditional(let condition, let then, let otherwise):
            var conditionAnnotations = Annotations()
            if probe(condition, instance, track: track, &conditionAnnotations) {
                annotations.merge(conditionAnnotations)
                return then.map { descend($0, instance, track: track, &annotations) } ?? true
            }
            return otherwise.map { descend($0, instance, track: track, &annotations) } ?? true
        case .ref(let edge):
            return descend(edge, instance, track: track, &annotations)
        case .dynamicRef(let edge, let anchor):
            var target = edge
            if let anchor {
                for resource in scope {
                    if let node = schema.dynamicAnchors[resource][anchor] {
                        target = SchemaEdge(node: node, segment: edge.segment)
                        break
                    }
                }
            }
            return descend(target, instance, track: track, &annotations)
        case .unevaluatedProperties(let edge):
            guard case .object(let object) = instance else { return true }
            var valid = true
            for (key, value) in object where !annotations.evaluated(property: key) {
                if schema.isFalse(edge.node) {
                    record(node, "unevaluatedProperties", at: .key(key), "property \"\(key)\" is not defined by the schema, and unevaluatedProperties forbids others")
                    valid = false
                } else if !descend(edge, value, at: .key(key)) {
                    valid = false
                }
                if !valid, !collecting { return false }
            }
            annotations.allProperties = true
            return valid
        case .unevaluatedItems(let edge):
            guard case .array(let elements) = instance else { return true }
            var valid = true
            for (offset, element) in elements.enumerated() where !annotations.evaluated(item: offset) {
                if !descend(edge, element, at: .index(offset)) {
                    valid = false
                    if !collecting { return false }
                }
            }
            annotations.allItems = true
            return valid
        }
    }
}
