import SchemaWire

/// The Swift shape of one schema: the intermediate representation the renderers print.
indirect enum TypeReference: Sendable, Hashable {
    case string, int, int32, int64, uint64, double, float, bool
    /// Any JSON value.
    case json
    /// Any JSON object.
    case jsonObject
    /// A generated or hand-written type, by its qualified Swift name.
    case named(String)
    case array(TypeReference)
    case map(TypeReference)

    /// The Swift spelling.
    var swift: String {
        switch self {
        case .string: "String"
        case .int: "Int"
        case .int32: "Int32"
        case .int64: "Int64"
        case .uint64: "UInt64"
        case .double: "Double"
        case .float: "Float"
        case .bool: "Bool"
        case .json: "JSONValue"
        case .jsonObject: "JSONObject"
        case .named(let name): name
        case .array(let element): "[\(element.swift)]"
        case .map(let value): "[String: \(value.swift)]"
        }
    }

    /// The JSON Schema type it reads, for documentation.
    var wireDescription: String {
        switch self {
        case .string: "string"
        case .int, .int32, .int64, .uint64: "integer"
        case .double, .float: "number"
        case .bool: "boolean"
        case .json: "any"
        case .jsonObject: "object"
        case .named(let name): name
        case .array(let element): "array of \(element.wireDescription)"
        case .map(let value): "map of \(value.wireDescription)"
        }
    }
}

/// One stored property of a generated struct.
struct PropertyModel: Sendable, Hashable {
    var wireName: String
    var swiftName: String
    var type: TypeReference
    /// Absent or null allowed: the Swift property is optional.
    var isOptional: Bool
    var documentation: String?
    var provenance: String
    /// A `const` string or integer: the member's init parameter defaults to it.
    var constant: JSONValue?
    /// The schema's `default`, shown in documentation.
    var defaultValue: JSONValue?
}

/// One case of a generated enum.
struct EnumCaseModel: Sendable, Hashable {
    var swiftName: String
    /// The wire value: a string, or an integer written in decimal.
    var wireValue: String
}

/// How a union picks its variant.
enum UnionDispatch: Sendable, Hashable {
    /// By the string `const` of one member (`tag`); `fallback` is the variant index used when it is absent.
    case tag(String, fallback: Int?)
    /// By the JSON type of the value.
    case kind
    /// The first variant when the object has `key`, the second otherwise.
    case key(String)
}

/// One variant of a union.
struct UnionVariantModel: Sendable, Hashable {
    var caseName: String
    var type: TypeReference
    /// The tag value (tag dispatch) or JSON kind (kind dispatch).
    var selector: String?
}

/// What a generated type is.
enum DeclarationKind: Sendable, Hashable {
    case structure(properties: [PropertyModel], extra: TypeReference?)
    case stringEnum(cases: [EnumCaseModel], open: Bool)
    case integerEnum(cases: [EnumCaseModel], open: Bool)
    case union(variants: [UnionVariantModel], dispatch: UnionDispatch)
    case alias(TypeReference)
}

/// One generated type, with the types nested in it.
struct DeclarationModel: Sendable, Hashable {
    /// The simple Swift name.
    var name: String
    /// The qualified Swift name, e.g. `Navixy.Events.StateEvent`.
    var qualifiedName: String
    var title: String?
    var documentation: String?
    var provenance: String
    var kind: DeclarationKind
    var nested: [DeclarationModel] = []
}

/// The generated types of one schema file.
struct FileModel: Sendable, Hashable {
    var schemaFileName: String
    var displayName: String
    var namespace: String
    var title: String?
    var documentation: String?
    var declarations: [DeclarationModel]
}

/// One AsyncAPI message a channel carries.
struct MessageModel: Sendable, Hashable {
    var name: String
    var summary: String?
    var payload: TypeReference
    var sent: Bool
    var received: Bool
}

/// One AsyncAPI channel.
struct ChannelModel: Sendable, Hashable {
    var name: String
    var key: String
    var address: String
    var title: String?
    var documentation: String?
    var provenance: String
    /// (Swift name, placeholder name, description).
    var parameters: [(swift: String, wire: String, documentation: String?)]
    var messages: [MessageModel]

    static func == (lhs: ChannelModel, rhs: ChannelModel) -> Bool { lhs.provenance == rhs.provenance }
    func hash(into hasher: inout Hasher) { hasher.combine(provenance) }
}

/// One AsyncAPI server.
struct ServerModel: Sendable, Hashable {
    var name: String
    var url: String
    var documentation: String?
}

/// Everything one API generates.
struct APIModel: Sendable {
    var namespace: String
    var title: String?
    var version: String?
    var documentation: String?
    var servers: [ServerModel]
    var channels: [ChannelModel]
    var files: [FileModel]
}
