import SchemaWire

/// A compiled keyword (or a group of keywords evaluated together), ready for evaluation.
enum Keyword: Sendable {
    case type(JSONTypeSet)
    case enumeration(EnumKeyword)
    case constant(JSONValue)
    case bound(NumberBound)
    case multipleOf(NumberBound)
    case minLength(Int)
    case maxLength(Int)
    case pattern(ECMARegex)
    case format(FormatKind)
    /// Draft-07 `contentEncoding`/`contentMediaType`, asserted for base64 and JSON.
    case content(ContentKeyword)
    /// `minItems`, `maxItems`, `minProperties` or `maxProperties`.
    case size(SizeKeyword, Int)
    case uniqueItems
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

/// The keywords that bound how many items or properties an instance has.
enum SizeKeyword: String, Sendable, CaseIterable {
    case minItems, maxItems, minProperties, maxProperties

    /// Whether the keyword is a lower bound.
    var isMinimum: Bool { self == .minItems || self == .minProperties }

    /// What is counted, for messages.
    var noun: String { self == .minItems || self == .maxItems ? "items" : "properties" }

    /// The count the keyword bounds, or `nil` when the instance is not an array (or object).
    func size(of instance: JSONValue) -> Int? {
        switch (self, instance) {
        case (.minItems, .array(let elements)), (.maxItems, .array(let elements)): elements.count
        case (.minProperties, .object(let object)), (.maxProperties, .object(let object)): object.count
        default: nil
        }
    }
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

/// `enum`, with a set for the common all-strings case. (Keyword payloads are classes so that
/// evaluating a keyword retains one reference instead of copying its members.)
final class EnumKeyword: Sendable {
    let values: [JSONValue]
    let strings: Set<String>?

    init(values: [JSONValue], strings: Set<String>?) {
        self.values = values
        self.strings = strings
    }
}

/// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum` or `multipleOf`, with its number.
final class NumberBound: Sendable {
    enum Kind: String, Sendable { case minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf }
    let kind: Kind
    let limit: DecimalValue
    let literal: String

    init(kind: Kind, limit: DecimalValue, literal: String) {
        self.kind = kind
        self.limit = limit
        self.literal = literal
    }
}

/// The object-member applicators of one schema.
final class PropertiesKeyword: Sendable {
    let named: [String: SchemaEdge]
    let patterns: [(regex: ECMARegex, schema: SchemaEdge)]
    let additional: SchemaEdge?
    /// Whether `additionalProperties` is `false`.
    let additionalForbidden: Bool

    init(named: [String: SchemaEdge], patterns: [(regex: ECMARegex, schema: SchemaEdge)], additional: SchemaEdge?, additionalForbidden: Bool) {
        self.named = named
        self.patterns = patterns
        self.additional = additional
        self.additionalForbidden = additionalForbidden
    }
}

/// The array-element applicators of one schema.
final class ItemsKeyword: Sendable {
    let prefix: [SchemaEdge]
    let rest: SchemaEdge?
    /// The keyword `rest` came from (`items` or `additionalItems`), and whether it is `false`.
    let restKeyword: String
    let restForbidden: Bool

    init(prefix: [SchemaEdge], rest: SchemaEdge?, restKeyword: String, restForbidden: Bool) {
        self.prefix = prefix
        self.rest = rest
        self.restKeyword = restKeyword
        self.restForbidden = restForbidden
    }
}

/// `contains` with its `minContains`/`maxContains`.
final class ContainsKeyword: Sendable {
    let schema: SchemaEdge
    let minimum: Int
    let maximum: Int?

    init(schema: SchemaEdge, minimum: Int, maximum: Int?) {
        self.schema = schema
        self.minimum = minimum
        self.maximum = maximum
    }
}
