import SchemaWire

/// Runs a `CompiledSchema` over one instance.
///
/// Two modes: fast (stop at the first failure, track no locations, build no messages) and
/// collecting (every error with its locations). A valid instance is checked in fast mode only.
struct Evaluator {
    /// A step in the instance location.
    enum PathToken { case key(String), index(Int) }

    let schema: CompiledSchema
    /// Whether errors (and the paths they need) are being recorded.
    var collecting: Bool
    private let sink = ErrorSink()
    /// The errors recorded so far (collecting mode only).
    var errors: [ValidationError] { sink.errors }
    private var instancePath: [PathToken] = []
    private var keywordPath: [String] = []
    private var scope: [Int] = []
    private var depth = 0
    /// How deep evaluation may nest before a reference loop that consumes no input is assumed.
    private static let depthLimit = 1_500

    init(schema: CompiledSchema, collecting: Bool) {
        self.schema = schema
        self.collecting = collecting
    }

    /// Evaluates the root schema against `instance`.
    mutating func run(_ instance: JSONValue) -> Bool {
        var annotations = Annotations()
        return evaluate(schema.root, instance, track: false, &annotations)
    }

    // MARK: Nodes and edges

    private mutating func evaluate(_ index: Int, _ instance: JSONValue, track: Bool, _ annotations: inout Annotations) -> Bool {
        let node = schema.nodes[index]
        if let boolean = node.boolean {
            if !boolean { record(node, nil, "no value is allowed here (the schema is `false`), found \(describe(instance))") }
            return boolean
        }
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.depthLimit else {
            record(node, nil, "schema references nest deeper than \(Self.depthLimit) levels without reaching a result (a reference loop?)")
            return false
        }
        var pushed = false
        if schema.usesDynamicScope, scope.last != node.resource {
            scope.append(node.resource)
            pushed = true
        }
        defer { if pushed { scope.removeLast() } }
        let trackHere = track || node.needsAnnotations
        var local = Annotations()
        var valid = true
        for keyword in node.keywords where !check(keyword, node, instance, trackHere, &local) {
            valid = false
            if !collecting { break }
        }
        if valid, trackHere { annotations.merge(local) }
        return valid
    }

    /// Evaluates a subschema in place (same instance location).
    private mutating func descend(_ edge: SchemaEdge, _ instance: JSONValue, track: Bool, _ annotations: inout Annotations) -> Bool {
        if collecting { keywordPath.append(edge.segment) }
        defer { if collecting { keywordPath.removeLast() } }
        return evaluate(edge.node, instance, track: track, &annotations)
    }

    /// Evaluates a subschema against a member or element of the instance.
    private mutating func descend(_ edge: SchemaEdge, _ value: JSONValue, at token: PathToken) -> Bool {
        if collecting { instancePath.append(token) }
        defer { if collecting { instancePath.removeLast() } }
        var ignored = Annotations()
        return descend(edge, value, track: false, &ignored)
    }

    /// Evaluates a subschema without recording errors (for `not`, `if`, `contains`).
    private mutating func probe(_ edge: SchemaEdge, _ instance: JSONValue, track: Bool, _ annotations: inout Annotations) -> Bool {
        let wasCollecting = collecting
        collecting = false
        defer { collecting = wasCollecting }
        return descend(edge, instance, track: track, &annotations)
    }

    // MARK: Errors

    private func record(_ node: SchemaNode, _ keyword: String?, at token: PathToken? = nil, _ message: @autoclosure () -> String) {
        guard collecting else { return }
        var pointer = ""
        for token in instancePath + (token.map { [$0] } ?? []) {
            switch token {
            case .key(let key): pointer += "/" + JSONPointer.escape(key)
            case .index(let index): pointer += "/" + String(index)
            }
        }
        let suffix = keyword.map { "/" + $0 } ?? ""
        sink.errors.append(ValidationError(
            instanceLocation: pointer,
            keywordLocation: keywordPath.joined() + suffix,
            absoluteKeywordLocation: node.location + suffix,
            message: message()
        ))
    }

    /// A short, secret-safe description of a value for messages.
    private func describe(_ value: JSONValue) -> String {
        InstanceDescription.describe(value, key: instancePath.last.flatMap { if case .key(let key) = $0 { key } else { nil } })
    }

    // MARK: Keywords

    private mutating func check(_ keyword: Keyword, _ node: SchemaNode, _ instance: JSONValue, _ track: Bool, _ annotations: inout Annotations) -> Bool {
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
        case .multipleOf(let divisor, let literal):
            guard case .number(let number) = instance, let value = DecimalValue(literal: number.literal) else { return true }
            guard !value.isMultiple(of: divisor) else { return true }
            record(node, "multipleOf", "expected a multiple of \(literal), found \(number.literal)")
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
        case .minItems(let limit):
            guard case .array(let elements) = instance, elements.count < limit else { return true }
            record(node, "minItems", "expected at least \(limit) items, found \(elements.count)")
            return false
        case .maxItems(let limit):
            guard case .array(let elements) = instance, elements.count > limit else { return true }
            record(node, "maxItems", "expected at most \(limit) items, found \(elements.count)")
            return false
        case .uniqueItems:
            guard case .array(let elements) = instance, let (first, second) = Self.duplicate(in: elements) else { return true }
            record(node, "uniqueItems", "items \(first) and \(second) are equal, but every item must be distinct")
            return false
        case .minProperties(let limit):
            guard case .object(let object) = instance, object.count < limit else { return true }
            record(node, "minProperties", "expected at least \(limit) properties, found \(object.count)")
            return false
        case .maxProperties(let limit):
            guard case .object(let object) = instance, object.count > limit else { return true }
            record(node, "maxProperties", "expected at most \(limit) properties, found \(object.count)")
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
            let mark = sink.errors.count
            var matched = false
            for edge in edges where descend(edge, instance, track: track, &annotations) {
                matched = true
                if !track { break }
            }
            if matched {
                sink.errors.removeSubrange(mark...)
                return true
            }
            record(node, "anyOf", "\(describe(instance)) matches none of the \(edges.count) alternatives of anyOf (each one's errors follow)")
            return false
        case .oneOf(let edges):
            let mark = sink.errors.count
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
                sink.errors.removeSubrange(mark...)
                return true
            }
            if matches.isEmpty {
                record(node, "oneOf", "\(describe(instance)) matches none of the \(edges.count) alternatives of oneOf (each one's errors follow)")
            } else {
                sink.errors.removeSubrange(mark...)
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
                if schema.nodes[edge.node].boolean == false {
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

    private mutating func checkBound(_ bound: NumberBound, _ number: JSONNumber, _ node: SchemaNode) -> Bool {
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
        }
        if !valid { record(node, bound.kind.rawValue, "expected a number \(relation) \(bound.literal), found \(number.literal)") }
        return valid
    }

    private mutating func checkProperties(
        _ properties: PropertiesKeyword, _ object: JSONObject, _ node: SchemaNode, _ track: Bool, _ annotations: inout Annotations
    ) -> Bool {
        var valid = true
        let additionalForbidden = properties.additional.map { schema.nodes[$0.node].boolean == false } ?? false
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

    private mutating func checkItems(
        _ items: ItemsKeyword, _ elements: [JSONValue], _ node: SchemaNode, _ track: Bool, _ annotations: inout Annotations
    ) -> Bool {
        var valid = true
        for (offset, element) in elements.enumerated() {
            let edge: SchemaEdge
            if offset < items.prefix.count {
                edge = items.prefix[offset]
            } else if let rest = items.rest {
                edge = rest
                if schema.nodes[rest.node].boolean == false {
                    record(node, String(rest.segment.dropFirst()), at: .index(offset),
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

    private mutating func checkContains(
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

    // MARK: Helpers

    private static func matches(_ allowed: JSONTypeSet, _ instance: JSONValue) -> Bool {
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

    private static func duplicate(in elements: [JSONValue]) -> (Int, Int)? {
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

/// The errors of one evaluation; a reference so recording can read the evaluator's state freely.
private final class ErrorSink {
    var errors: [ValidationError] = []
}
