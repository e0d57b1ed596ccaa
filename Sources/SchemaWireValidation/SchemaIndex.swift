import SchemaWire

/// Every identifier found in the loaded documents: schema resources (`$id`), anchors (`$anchor`,
/// `$dynamicAnchor`, draft-07 `$id: "#name"`), and the base URI and dialect of each subschema.
///
/// Documents are indexed on first use, so a registry with many documents costs only what a schema reaches.
struct SchemaIndex {
    private let registry: SchemaRegistry
    private let defaultDialect: JSONSchemaDialect
    private var documents: [String: JSONValue] = [:]
    private var resources: [String: SchemaLocation] = [:]
    private var anchors: [String: SchemaLocation] = [:]
    /// Resource URI → anchor name → location, for `$dynamicRef`.
    private(set) var dynamicAnchors: [String: [String: SchemaLocation]] = [:]
    private var details: [SchemaLocation: (base: String, dialect: DialectInfo)] = [:]
    private var everythingIndexed = false

    init(registry: SchemaRegistry, defaultDialect: JSONSchemaDialect) {
        self.registry = registry
        self.defaultDialect = defaultDialect
    }

    /// Indexes `document` as the document at `uri` (once).
    mutating func addDocument(_ document: JSONValue, uri: String) {
        guard documents[uri] == nil else { return }
        documents[uri] = document
        let root = SchemaLocation(document: uri, pointer: "")
        resources[uri] = root
        walk(document, at: root, base: uri, dialect: DialectInfo(dialect: defaultDialect))
    }

    /// The JSON value at `location`, if there is one.
    func value(at location: SchemaLocation) -> JSONValue? {
        documents[location.document].flatMap { JSONPointer.value(at: location.pointer, in: $0) }
    }

    /// The resource's root location for an absolute URI without fragment.
    func resource(_ uri: String) -> SchemaLocation? { resources[uri] }

    /// The base URI and dialect in force at `location`, indexing it first when it was not reached
    /// through known keywords (a `$ref` into an unknown keyword, say).
    mutating func details(of location: SchemaLocation) -> (base: String, dialect: DialectInfo) {
        if let known = details[location] { return known }
        var pointer = location.pointer
        var inherited = (base: location.document, dialect: DialectInfo(dialect: defaultDialect))
        while let slash = pointer.lastIndex(of: "/") {
            pointer = String(pointer[..<slash])
            if let found = details[SchemaLocation(document: location.document, pointer: pointer)] {
                inherited = found
                break
            }
        }
        if let value = value(at: location) { walk(value, at: location, base: inherited.base, dialect: inherited.dialect) }
        return details[location] ?? inherited
    }

    /// The location `reference` names, resolved against `base`; loads registry documents as needed.
    mutating func resolve(_ reference: String, against base: String) -> SchemaLocation? {
        let target = URIReference(reference).resolved(against: URIReference(base))
        let resourceURI = target.textWithoutFragment
        guard let fragment = JSONPointer.percentDecoded(target.fragment ?? "") else { return nil }
        if resources[resourceURI] == nil, let document = registry.document(for: resourceURI) {
            addDocument(document, uri: SchemaRegistry.normalized(resourceURI))
        }
        if resources[resourceURI] == nil, !everythingIndexed {
            everythingIndexed = true
            for (uri, document) in registry.documents.sorted(by: { $0.key < $1.key }) { addDocument(document, uri: uri) }
        }
        guard let resource = resources[resourceURI] else { return nil }
        if fragment.isEmpty { return resource }
        if fragment.hasPrefix("/") {
            let location = SchemaLocation(document: resource.document, pointer: resource.pointer + fragment)
            return value(at: location) == nil ? nil : location
        }
        if let anchored = anchors[resourceURI + "#" + fragment] { return anchored }
        // A document reached by its retrieval URI whose anchors were registered under its own `$id`.
        guard let canonical = details[resource]?.base, canonical != resourceURI else { return nil }
        return anchors[canonical + "#" + fragment]
    }

    /// The dialect and vocabularies a `$schema` URI selects.
    private func dialect(forMetaSchema uri: String, fallback: DialectInfo) -> DialectInfo {
        if let known = JSONSchemaDialect(metaSchemaURI: uri) { return DialectInfo(dialect: known, tupleItems: known == .draft7) }
        if uri.hasPrefix("https://json-schema.org/draft/2019-09/") { return DialectInfo(dialect: .draft2020_12, tupleItems: true) }
        guard let metaSchema = registry.document(for: uri) else { return fallback }
        var info = metaSchema["$schema"]?.stringValue.map { dialect(forMetaSchema: $0, fallback: fallback) } ?? fallback
        if let vocabularies = metaSchema["$vocabulary"]?.objectValue {
            info.validation = vocabularies.keys.contains { $0.hasSuffix("/vocab/validation") }
            info.formatAssertion = vocabularies.keys.contains { $0.hasSuffix("/vocab/format-assertion") }
        }
        return info
    }

    private mutating func walk(_ value: JSONValue, at location: SchemaLocation, base: String, dialect: DialectInfo) {
        guard case .object(let object) = value else {
            details[location] = (base, dialect)
            return
        }
        var base = base
        var dialect = dialect
        let identifier = object["$id"]?.stringValue
        if let metaSchema = object["$schema"]?.stringValue, location.pointer.isEmpty || identifier != nil {
            dialect = self.dialect(forMetaSchema: metaSchema, fallback: dialect)
        }
        let draft7 = dialect.dialect == .draft7
        if let identifier, !(draft7 && object["$ref"] != nil) {
            let resolved = URIReference(identifier).resolved(against: URIReference(base))
            let resourceURI = resolved.textWithoutFragment
            if draft7, let fragment = resolved.fragment, !fragment.isEmpty, !fragment.hasPrefix("/") {
                anchors[resourceURI + "#" + fragment] = location
            }
            if resourceURI != base || location.pointer.isEmpty {
                base = resourceURI
                resources[base] = location
            }
        }
        if !draft7 {
            if let anchor = object["$anchor"]?.stringValue { anchors[base + "#" + anchor] = location }
            if let anchor = object["$dynamicAnchor"]?.stringValue {
                anchors[base + "#" + anchor] = location
                dynamicAnchors[base, default: [:]][anchor] = location
            }
        }
        details[location] = (base, dialect)
        for (keyword, member) in object {
            switch Self.subschemaShape(of: keyword, draft7: draft7, tupleItems: dialect.tupleItems || draft7) {
            case .single:
                walk(member, at: location.appending(keyword), base: base, dialect: dialect)
            case .list:
                if case .array(let elements) = member {
                    for (offset, element) in elements.enumerated() {
                        walk(element, at: location.appending(keyword).appending(String(offset)), base: base, dialect: dialect)
                    }
                } else if keyword == "items" {
                    walk(member, at: location.appending(keyword), base: base, dialect: dialect)
                }
            case .map:
                guard case .object(let members) = member else { continue }
                for (name, element) in members where keyword != "dependencies" || element.arrayValue == nil {
                    walk(element, at: location.appending(keyword).appending(name), base: base, dialect: dialect)
                }
            case .none:
                continue
            }
        }
    }

    private enum SubschemaShape { case single, list, map, none }

    /// How a keyword holds subschemas in a dialect.
    private static func subschemaShape(of keyword: String, draft7: Bool, tupleItems: Bool) -> SubschemaShape {
        switch keyword {
        case "additionalProperties", "contains", "propertyNames", "if", "then", "else", "not":
            return .single
        case "allOf", "anyOf", "oneOf":
            return .list
        case "properties", "patternProperties", "$defs", "definitions", "dependencies":
            return .map
        case "items":
            return tupleItems ? .list : .single
        case "additionalItems":
            return tupleItems ? .single : .none
        case "prefixItems":
            return tupleItems ? .none : .list
        case "dependentSchemas":
            return draft7 ? .none : .map
        case "unevaluatedProperties", "unevaluatedItems", "contentSchema":
            return draft7 ? .none : .single
        default:
            return .none
        }
    }
}
