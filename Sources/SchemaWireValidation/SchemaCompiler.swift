import SchemaWire

/// Turns schema JSON into a `CompiledSchema`: resolves every reference once, compiles patterns,
/// checks keyword shapes and orders keywords so the cheap ones run first.
struct SchemaCompiler {
    private var index: SchemaIndex
    private let assertFormats: Bool
    private var nodes: [SchemaNode?] = []
    private var nodeIndex: [SchemaLocation: Int] = [:]
    private var resourceIDs: [String: Int] = [:]
    private var dynamicNames: Set<String> = []
    private var segments: [String] = []
    private var segmentIDs: [String: Int] = [:]

    init(registry: SchemaRegistry, options: ValidationOptions) {
        index = SchemaIndex(registry: registry, defaultDialect: options.defaultDialect)
        assertFormats = options.assertFormats
    }

    /// Compiles the schema `document` (kept under `uri` for references and error locations).
    mutating func compile(document: JSONValue, uri: String) throws(SchemaError) -> CompiledSchema {
        index.addDocument(document, uri: uri)
        return try finish(root: try compile(SchemaLocation(document: uri, pointer: "")))
    }

    /// Compiles the registry schema that `reference` names (e.g. `file:///…/events.schema.json#/$defs/State`).
    mutating func compile(reference: String) throws(SchemaError) -> CompiledSchema {
        guard let location = index.resolve(reference, against: reference) else {
            throw .unresolvableReference(reference, at: "(the schema to validate against)")
        }
        return try finish(root: try compile(location))
    }

    private mutating func finish(root: Int) throws(SchemaError) -> CompiledSchema {
        var table: [Int: [String: Int]] = [:]
        var done: Set<String> = []
        while let name = dynamicNames.subtracting(done).sorted().first {
            done.insert(name)
            for (resourceURI, anchors) in index.dynamicAnchors.sorted(by: { $0.key < $1.key }) {
                guard let location = anchors[name] else { continue }
                table[resourceID(resourceURI), default: [:]][name] = try compile(location)
            }
        }
        let dynamicAnchors = (0..<resourceIDs.count).map { table[$0] ?? [:] }
        return CompiledSchema(
            nodes: nodes.map { $0! }, root: root, dynamicAnchors: dynamicAnchors, usesDynamicScope: !dynamicNames.isEmpty, segments: segments
        )
    }

    /// The index of a keyword-location segment, shared by every edge that uses it.
    private mutating func segmentID(_ segment: String) -> Int {
        if let known = segmentIDs[segment] { return known }
        segments.append(segment)
        segmentIDs[segment] = segments.count - 1
        return segments.count - 1
    }

    private mutating func resourceID(_ uri: String) -> Int {
        if let known = resourceIDs[uri] { return known }
        resourceIDs[uri] = resourceIDs.count
        return resourceIDs.count - 1
    }

    private mutating func compile(_ location: SchemaLocation) throws(SchemaError) -> Int {
        if let known = nodeIndex[location] { return known }
        guard let value = index.value(at: location) else {
            throw .unresolvableReference("#" + location.pointer, at: location.document)
        }
        let (base, dialect) = index.details(of: location)
        let resourceRoot = index.resource(base)
        let relativePointer = resourceRoot.map { $0.document == location.document && location.pointer.hasPrefix($0.pointer) } == true
            ? String(location.pointer.dropFirst(resourceRoot!.pointer.count)) : location.pointer
        let absolute = base + "#" + relativePointer
        let id = nodes.count
        nodes.append(nil)
        nodeIndex[location] = id
        let resource = resourceID(base)
        switch value {
        case .bool(let boolean):
            nodes[id] = SchemaNode(boolean: boolean, keywords: [], location: absolute, resource: resource)
        case .object(let object):
            var context = KeywordContext(object: object, location: location, absolute: absolute, base: base, dialect: dialect)
            let keywords = try compileKeywords(&context)
            nodes[id] = SchemaNode(boolean: nil, keywords: keywords, location: absolute, resource: resource)
        default:
            throw .invalidKeyword("(schema)", at: absolute, expected: "an object or a Boolean")
        }
        return id
    }

    /// What keyword compilation needs to know about the schema object at hand.
    private struct KeywordContext {
        let object: JSONObject
        let location: SchemaLocation
        let absolute: String
        let base: String
        let dialect: DialectInfo
        var draft7: Bool { dialect.dialect == .draft7 }
    }

    private mutating func edge(_ context: KeywordContext, _ tokens: String...) throws(SchemaError) -> SchemaEdge {
        var location = context.location
        var segment = ""
        for token in tokens {
            location = location.appending(token)
            segment += "/" + JSONPointer.escape(token)
        }
        return SchemaEdge(node: try compile(location), segment: segmentID(segment))
    }

    private mutating func edges(_ context: KeywordContext, _ keyword: String) throws(SchemaError) -> [SchemaEdge]? {
        guard let member = context.object[keyword] else { return nil }
        guard case .array(let elements) = member else {
            throw .invalidKeyword(keyword, at: context.absolute, expected: "an array of schemas")
        }
        var result: [SchemaEdge] = []
        for offset in elements.indices { result.append(try edge(context, keyword, String(offset))) }
        return result
    }

    private func count(_ context: KeywordContext, _ keyword: String) throws(SchemaError) -> Int? {
        guard let member = context.object[keyword] else { return nil }
        guard case .number(let number) = member, let value = number.int64Value, value >= 0 else {
            throw .invalidKeyword(keyword, at: context.absolute, expected: "a non-negative integer")
        }
        return Int(clamping: value)
    }

    private func strings(_ value: JSONValue, _ keyword: String, _ context: KeywordContext) throws(SchemaError) -> [String] {
        guard case .array(let elements) = value else {
            throw .invalidKeyword(keyword, at: context.absolute, expected: "an array of strings")
        }
        var result: [String] = []
        for element in elements {
            guard case .string(let text) = element else {
                throw .invalidKeyword(keyword, at: context.absolute, expected: "an array of strings")
            }
            result.append(text)
        }
        return result
    }

    private func regex(_ pattern: String, _ context: KeywordContext) throws(SchemaError) -> ECMARegex {
        do {
            return try ECMARegex(pattern)
        } catch {
            throw .invalidPattern(pattern, at: context.absolute, reason: error.reason)
        }
    }

    private mutating func reference(_ keyword: String, _ context: KeywordContext) throws(SchemaError) -> SchemaLocation? {
        guard let member = context.object[keyword] else { return nil }
        guard case .string(let text) = member else {
            throw .invalidKeyword(keyword, at: context.absolute, expected: "a URI reference string")
        }
        guard let target = index.resolve(text, against: context.base) else {
            throw .unresolvableReference(text, at: context.absolute + "/" + keyword)
        }
        return target
    }

    private mutating func compileKeywords(_ context: inout KeywordContext) throws(SchemaError) -> [Keyword] {
        let object = context.object
        if context.draft7, let target = try reference("$ref", context) {
            // Draft-07: `$ref` replaces every sibling keyword.
            return [.ref(SchemaEdge(node: try compile(target), segment: segmentID("/$ref")))]
        }
        var keywords: [Keyword] = []
        if context.dialect.validation { keywords += try validationKeywords(context) }
        if let member = object["format"], let name = member.stringValue,
           assertFormats || context.dialect.formatAssertion, let kind = FormatKind(rawValue: name) {
            keywords.append(.format(kind))
        }
        if context.draft7, let content = ContentKeyword(object) { keywords.append(.content(content)) }
        if let target = try reference("$ref", context) {
            keywords.append(.ref(SchemaEdge(node: try compile(target), segment: segmentID("/$ref"))))
        }
        if !context.draft7, let target = try reference("$dynamicRef", context) {
            let fragment = URIReference(object["$dynamicRef"]!.stringValue!).fragment
            var anchor: String?
            if let fragment, !fragment.isEmpty, !fragment.hasPrefix("/"),
               index.value(at: target)?["$dynamicAnchor"]?.stringValue == fragment {
                anchor = fragment
                dynamicNames.insert(fragment)
            }
            keywords.append(.dynamicRef(SchemaEdge(node: try compile(target), segment: segmentID("/$dynamicRef")), anchor: anchor))
        }
        keywords += try applicatorKeywords(context)
        if !context.draft7 {
            if object["unevaluatedItems"] != nil { keywords.append(.unevaluatedItems(try edge(context, "unevaluatedItems"))) }
            if object["unevaluatedProperties"] != nil { keywords.append(.unevaluatedProperties(try edge(context, "unevaluatedProperties"))) }
        }
        return keywords
    }

    private mutating func validationKeywords(_ context: KeywordContext) throws(SchemaError) -> [Keyword] {
        let object = context.object
        var keywords: [Keyword] = []
        if let member = object["type"] {
            let names = member.stringValue.map { [$0] } ?? (try? strings(member, "type", context)) ?? []
            var set = JSONTypeSet()
            for name in names {
                guard let type = JSONTypeSet(name: name) else {
                    throw .invalidKeyword("type", at: context.absolute, expected: "a JSON type name or an array of them")
                }
                set.insert(type)
            }
            if names.isEmpty { throw .invalidKeyword("type", at: context.absolute, expected: "a JSON type name or an array of them") }
            keywords.append(.type(set))
        }
        if let member = object["const"] { keywords.append(.constant(member)) }
        if let member = object["enum"] {
            guard case .array(let values) = member else { throw .invalidKeyword("enum", at: context.absolute, expected: "an array") }
            let strings = values.compactMap(\.stringValue)
            keywords.append(.enumeration(EnumKeyword(values: values, strings: strings.count == values.count ? Set(strings) : nil)))
        }
        for kind in [NumberBound.Kind.minimum, .maximum, .exclusiveMinimum, .exclusiveMaximum] {
            guard let member = object[kind.rawValue] else { continue }
            guard case .number(let number) = member, let limit = DecimalValue(literal: number.literal) else {
                throw .invalidKeyword(kind.rawValue, at: context.absolute, expected: "a number")
            }
            keywords.append(.bound(NumberBound(kind: kind, limit: limit, literal: number.literal)))
        }
        if let member = object["multipleOf"] {
            guard case .number(let number) = member, let divisor = DecimalValue(literal: number.literal), divisor.double > 0 else {
                throw .invalidKeyword("multipleOf", at: context.absolute, expected: "a number greater than zero")
            }
            keywords.append(.multipleOf(NumberBound(kind: .multipleOf, limit: divisor, literal: number.literal)))
        }
        if let value = try count(context, "minLength") { keywords.append(.minLength(value)) }
        if let value = try count(context, "maxLength") { keywords.append(.maxLength(value)) }
        if let member = object["pattern"] {
            guard case .string(let pattern) = member else { throw .invalidKeyword("pattern", at: context.absolute, expected: "a string") }
            keywords.append(.pattern(try regex(pattern, context)))
        }
        for keyword in SizeKeyword.allCases {
            if let value = try count(context, keyword.rawValue) { keywords.append(.size(keyword, value)) }
        }
        if object["uniqueItems"]?.boolValue == true { keywords.append(.uniqueItems) }
        if let member = object["required"] {
            let names = try strings(member, "required", context)
            if !names.isEmpty { keywords.append(.required(names)) }
        }
        for dependencyKeyword in context.draft7 ? ["dependencies"] : ["dependentRequired", "dependencies"] {
            guard case .object(let members) = object[dependencyKeyword] else { continue }
            var pairs: [(property: String, required: [String])] = []
            for (property, value) in members where value.arrayValue != nil {
                pairs.append((property, try strings(value, dependencyKeyword, context)))
            }
            if !pairs.isEmpty { keywords.append(.dependentRequired(keyword: dependencyKeyword, pairs)) }
        }
        return keywords
    }

    private mutating func applicatorKeywords(_ context: KeywordContext) throws(SchemaError) -> [Keyword] {
        let object = context.object
        var keywords: [Keyword] = []
        if let schemas = try edges(context, "allOf") { keywords.append(.allOf(schemas)) }
        if let schemas = try edges(context, "anyOf") { keywords.append(.anyOf(schemas)) }
        if let schemas = try edges(context, "oneOf") { keywords.append(.oneOf(schemas)) }
        if object["not"] != nil { keywords.append(.not(try edge(context, "not"))) }
        if object["if"] != nil {
            keywords.append(.conditional(
                condition: try edge(context, "if"),
                then: object["then"] == nil ? nil : try edge(context, "then"),
                else: object["else"] == nil ? nil : try edge(context, "else")
            ))
        }
        if let properties = try propertiesKeyword(context) { keywords.append(.properties(properties)) }
        if object["propertyNames"] != nil { keywords.append(.propertyNames(try edge(context, "propertyNames"))) }
        for schemaDependencies in context.draft7 ? ["dependencies"] : ["dependentSchemas", "dependencies"] {
            guard case .object(let members) = object[schemaDependencies] else { continue }
            var pairs: [(property: String, schema: SchemaEdge)] = []
            for (property, value) in members where value.arrayValue == nil {
                pairs.append((property, try edge(context, schemaDependencies, property)))
            }
            if !pairs.isEmpty { keywords.append(.dependentSchemas(keyword: schemaDependencies, pairs)) }
        }
        if let items = try itemsKeyword(context) { keywords.append(.items(items)) }
        if object["contains"] != nil {
            let minimum = context.draft7 ? 1 : try count(context, "minContains") ?? 1
            let maximum = context.draft7 ? nil : try count(context, "maxContains")
            keywords.append(.contains(ContainsKeyword(schema: try edge(context, "contains"), minimum: minimum, maximum: maximum)))
        }
        return keywords
    }

    private mutating func propertiesKeyword(_ context: KeywordContext) throws(SchemaError) -> PropertiesKeyword? {
        let object = context.object
        var named: [String: SchemaEdge] = [:]
        if let member = object["properties"] {
            guard case .object(let members) = member else { throw .invalidKeyword("properties", at: context.absolute, expected: "an object of schemas") }
            for name in members.keys { named[name] = try edge(context, "properties", name) }
        }
        var patterns: [(regex: ECMARegex, schema: SchemaEdge)] = []
        if let member = object["patternProperties"] {
            guard case .object(let members) = member else { throw .invalidKeyword("patternProperties", at: context.absolute, expected: "an object of schemas") }
            for pattern in members.keys { patterns.append((try regex(pattern, context), try edge(context, "patternProperties", pattern))) }
        }
        let additional = object["additionalProperties"] == nil ? nil : try edge(context, "additionalProperties")
        guard !named.isEmpty || !patterns.isEmpty || additional != nil else { return nil }
        let forbidden = additional.map { nodes[$0.node]?.boolean == false } ?? false
        return PropertiesKeyword(named: named, patterns: patterns, additional: additional, additionalForbidden: forbidden)
    }

    private mutating func itemsKeyword(_ context: KeywordContext) throws(SchemaError) -> ItemsKeyword? {
        let object = context.object
        var prefix: [SchemaEdge] = []
        var rest: SchemaEdge?
        if context.draft7 || context.dialect.tupleItems {
            if case .array = object["items"] {
                prefix = try edges(context, "items") ?? []
                if object["additionalItems"] != nil { rest = try edge(context, "additionalItems") }
            } else if object["items"] != nil {
                rest = try edge(context, "items")
            }
        } else {
            if object["prefixItems"] != nil { prefix = try edges(context, "prefixItems") ?? [] }
            if object["items"] != nil { rest = try edge(context, "items") }
        }
        guard !prefix.isEmpty || rest != nil else { return nil }
        let forbidden = rest.map { nodes[$0.node]?.boolean == false } ?? false
        let restKeyword = context.draft7 || context.dialect.tupleItems ? (prefix.isEmpty ? "items" : "additionalItems") : "items"
        return ItemsKeyword(prefix: prefix, rest: rest, restKeyword: restKeyword, restForbidden: forbidden)
    }
}
