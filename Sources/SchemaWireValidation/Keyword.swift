import SchemaWire

/// A compiled keyword (or a group of keywords evaluated together), ready for evaluation.
enum Keyword: Sendable {
    case type(JSONTypeSet)
    case enumeration(EnumKeyword)
    case constant(JSONValue)
    case bound(NumberBound)
    case multipleOf(DecimalValue, literal: String)
    case minLength(Int)
    case maxLength(Int)
    case pattern(ECMARegex)
    case format(FormatKind)
    /// Draft-07 `contentEncoding`/`contentMediaType`, asserted for base64 and JSON.
    case content(ContentKeyword)
    case minItems(Int)
    case maxItems(Int)
    case uniqueItems
    case minProperties(Int)
    case maxProperties(Int)
    case required([String])
    case dependentRequired(keyword: String, [(property: String, required: [String])])
    /// `properties`, `patternProperties` and `additionalProperties`, applied in one pass over the members.
    case properties(PropertiesKeyword)
    case propertyNames(SchemaEdge)
    case dependentSchemas(keyword: String, [(property: String, schema: SchemaEdge)])
    /// `prefixItems` + `items` (2020-12) or array `items` + `additionalItems` (draft-07).
    case items(ItemsKeyword)
    case contains(ContainsKeyword)
    case allOf([SchemaEdge])
    case anyOf([SchemaEdge])
    case oneOf([SchemaEdge])
    case not(SchemaEdge)
    case conditional(condition: SchemaEdge, then: SchemaEdge?, else: SchemaEdge?)
    case ref(SchemaEdge)
    /// `$dynamicRef`: the statically resolved target, and the anchor name to look up in the dynamic
    /// scope when the target carries a matching `$dynamicAnchor`.
    case dynamicRef(SchemaEdge, anchor: String?)
    case unevaluatedProperties(SchemaEdge)
    case unevaluatedItems(SchemaEdge)
}

/// The set of JSON types a `type` keyword allows, as bits.
struct JSONTypeSet: OptionSet, Sendable {
    let rawValue: UInt8
    static let null = JSONTypeSet(rawValue: 1)
    static let boolean = JSONTypeSet(rawValue: 2)
    static let object = JSONTypeSet(rawValue: 4)
    static let array = JSONTypeSet(rawValue: 8)
    static let number = JSONTypeSet(rawValue: 16)
    static let string = JSONTypeSet(rawValue: 32)
    static let integer = JSONTypeSet(rawValue: 64)

    /// The type named `name`, or `nil` for an unknown name.
    init?(name: String) {
        switch name {
        case "null": self = .null
        case "boolean": self = .boolean
        case "object": self = .object
        case "array": self = .array
        case "number": self = .number
        case "string": self = .string
        case "integer": self = .integer
        default: return nil
        }
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The names, for messages.
    var names: [String] {
        [(Self.null, "null"), (.boolean, "boolean"), (.object, "object"), (.array, "array"),
         (.number, "number"), (.string, "string"), (.integer, "integer")].filter { contains($0.0) }.map(\.1)
    }
}

/// `enum`, with a set for the common all-strings case.
struct EnumKeyword: Sendable {
    let values: [JSONValue]
    let strings: Set<String>?
}

/// `minimum`, `maximum`, `exclusiveMinimum` or `exclusiveMaximum`.
struct NumberBound: Sendable {
    enum Kind: String, Sendable { case minimum, maximum, exclusiveMinimum, exclusiveMaximum }
    let kind: Kind
    let limit: DecimalValue
    let literal: String
}

/// The object-member applicators of one schema.
struct PropertiesKeyword: Sendable {
    let named: [String: SchemaEdge]
    let patterns: [(regex: ECMARegex, schema: SchemaEdge)]
    let additional: SchemaEdge?
}

/// The array-element applicators of one schema.
struct ItemsKeyword: Sendable {
    let prefix: [SchemaEdge]
    let rest: SchemaEdge?
}

/// `contains` with its `minContains`/`maxContains`.
struct ContainsKeyword: Sendable {
    let schema: SchemaEdge
    let minimum: Int
    let maximum: Int?
}
