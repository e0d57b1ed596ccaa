import SchemaWire

/// Turns the schema documents of one API into the ``APIModel`` the renderers print.
///
/// Pass 1 names every `$defs` entry (so `$ref`s resolve to qualified Swift names in any order);
/// pass 2 translates each definition, nesting inline objects, enums and unions under their owner.
struct Translator {
    let schemas: SchemaSet
    let namespace: String
    var diagnostics: [Diagnostic] = []
    /// `provenance` of a definition → its qualified Swift name (absent for `x-swift-type` definitions).
    var definitionNames: [String: String] = [:]

    init(schemas: SchemaSet, namespace: String) {
        self.schemas = schemas
        self.namespace = namespace
        for file in schemas.files where !file.isAsyncAPI {
            for (name, value) in file.root["$defs"]?.objectValue ?? [:] {
                let location = SchemaLocation(file: file, tokens: ["$defs", name], value: value)
                definitionNames[location.provenance] = "\(namespace).\(file.namespace).\(Self.definitionSwiftName(location))"
            }
        }
    }

    static func definitionSwiftName(_ location: SchemaLocation) -> String {
        Naming.typeName(location.value["x-swift-name"]?.stringValue ?? Naming.upperCamel(location.definitionName ?? "Value"))
    }

    /// The whole API.
    mutating func translate() -> APIModel {
        var files: [FileModel] = []
        for file in schemas.files where !file.isAsyncAPI {
            files.append(translate(file: file))
        }
        var api = translateAsyncAPI()
        api.files = files
        return api
    }

    mutating func translate(file: SchemaFile) -> FileModel {
        let root = SchemaLocation(file: file, tokens: [], value: file.root)
        for keyword in root.value.objectValue?.keys ?? [] where !["$schema", "$id", "$defs", "title", "description", "$comment", "x-swift-namespace"].contains(keyword) {
            diagnose(.warning, root, "root keyword \"\(keyword)\" is not used: only $defs generate types")
        }
        var declarations: [DeclarationModel] = []
        for name in root.value["$defs"]?.objectValue?.keys ?? [] {
            guard let location = root.child("$defs")?.child(name) else { continue }
            var siblings: [DeclarationModel] = []
            if let declaration = translateDefinition(location, siblings: &siblings) { declarations.append(declaration) }
            declarations += siblings
        }
        return FileModel(schemaFileName: file.name, displayName: file.displayName, namespace: file.namespace,
                         title: file.root["title"]?.stringValue, documentation: file.root["description"]?.stringValue,
                         declarations: declarations)
    }

    /// A named definition: a struct, enum or union, or a typealias for anything else.
    mutating func translateDefinition(_ location: SchemaLocation, siblings: inout [DeclarationModel]) -> DeclarationModel? {
        diagnostics += KeywordPolicy.check(location)
        if location.value["x-swift-type"] != nil { return nil }
        let qualified = definitionNames[location.provenance]!
        let name = String(qualified.split(separator: ".").last!)
        if let declaration = declaration(for: location, name: name, qualifiedName: qualified) { return declaration }
        if location.value["oneOf"] != nil { return nil }  // the union's error is already reported
        let fileOwner = "\(namespace).\(location.file.namespace)"
        let (type, nullable) = typeReference(location, suggestedName: name + "Value", owner: fileOwner, nested: &siblings)
        if nullable { diagnose(.warning, location, "a nullable alias is generated as its non-null type; make the property using it optional") }
        return DeclarationModel(name: name, qualifiedName: qualified, title: location.value["title"]?.stringValue,
                                documentation: location.value["description"]?.stringValue,
                                provenance: location.provenance, kind: .alias(type))
    }

    mutating func diagnose(_ severity: Diagnostic.Severity, _ location: SchemaLocation, _ message: String) {
        diagnostics.append(Diagnostic(severity, file: location.file.displayName, pointer: location.pointer, message))
    }

    /// The JSON types a schema allows (`type` as a string or array), without `null`, and whether null is allowed.
    func types(of value: JSONValue) -> (types: [String], nullable: Bool) {
        var names: [String] = []
        if let single = value["type"]?.stringValue { names = [single] }
        if let many = value["type"]?.arrayValue { names = many.compactMap(\.stringValue) }
        if names.isEmpty {
            if let constant = value["const"] { names = [Self.jsonType(of: constant)] }
            else if let values = value["enum"]?.arrayValue, let first = values.first(where: { !$0.isNull }) {
                names = [Self.jsonType(of: first)]
                if values.contains(where: \.isNull) { names.append("null") }
            } else if value["properties"] != nil || value["additionalProperties"] != nil { names = ["object"] }
            else if value["items"] != nil { names = ["array"] }
        }
        return (names.filter { $0 != "null" }, names.contains("null"))
    }

    static func jsonType(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number(let number): number.isInteger ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The Swift type of the schema at `location`, and whether it admits `null`.
    ///
    /// Inline objects, enums and unions become types nested in `owner` (appended to `nested`).
    mutating func typeReference(
        _ location: SchemaLocation, suggestedName: String, owner: String, nested: inout [DeclarationModel]
    ) -> (TypeReference, Bool) {
        let value = location.value
        if case .bool(let allowed) = value {
            if !allowed { diagnose(.warning, location, "`false` admits no value; generated as any JSON value") }
            return (.json, false)
        }
        guard case .object = value else {
            diagnose(.error, location, "a schema must be an object or a boolean")
            return (.json, false)
        }
        if location.definitionName == nil { diagnostics += KeywordPolicy.check(location) }
        let (typeNames, nullableByType) = types(of: value)
        if let custom = value["x-swift-type"]?.stringValue { return (.named(custom), nullableByType) }
        if let reference = value["$ref"]?.stringValue {
            return referencedType(reference, at: location, suggestedName: suggestedName, owner: owner, nested: &nested, nullable: nullableByType)
        }
        if value["oneOf"] != nil {
            return nestedDeclaration(location, suggestedName: suggestedName, owner: owner, nested: &nested, nullable: unionIsNullable(location))
        }
        guard typeNames.count <= 1 else {
            diagnose(.warning, location, "several types (\(typeNames.joined(separator: ", "))) are generated as any JSON value")
            return (.json, nullableByType)
        }
        switch typeNames.first {
        case "string":
            if value["enum"] != nil { return nestedDeclaration(location, suggestedName: suggestedName, owner: owner, nested: &nested, nullable: nullableByType) }
            return (.string, nullableByType)
        case "integer":
            if value["enum"] != nil { return nestedDeclaration(location, suggestedName: suggestedName, owner: owner, nested: &nested, nullable: nullableByType) }
            return (integerType(value), nullableByType)
        case "number":
            return (value["format"]?.stringValue == "float" ? .float : .double, nullableByType)
        case "boolean":
            return (.bool, nullableByType)
        case "array":
            guard let items = location.child("items") else { return (.array(.json), nullableByType) }
            let element = typeReference(items, suggestedName: suggestedName + "Item", owner: owner, nested: &nested)
            if element.1 { return (.array(.named("Optional<\(element.0.swift)>")), nullableByType) }
            return (.array(element.0), nullableByType)
        case "object":
            if isStructure(value) { return nestedDeclaration(location, suggestedName: suggestedName, owner: owner, nested: &nested, nullable: nullableByType) }
            if let additional = location.child("additionalProperties"), case .object = additional.value {
                return (.map(typeReference(additional, suggestedName: suggestedName + "Value", owner: owner, nested: &nested).0), nullableByType)
            }
            return (.jsonObject, nullableByType)
        case nil:
            return (.json, nullableByType)
        default:
            diagnose(.error, location, "unknown type \"\(typeNames[0])\"")
            return (.json, nullableByType)
        }
    }

    func integerType(_ value: JSONValue) -> TypeReference {
        switch value["format"]?.stringValue {
        case "int32": return .int32
        case "int64": return .int64
        case "uint64": return .uint64
        default:
            if let maximum = value["maximum"]?.numberValue, maximum.int64Value == nil, maximum.uint64Value != nil { return .uint64 }
            return .int
        }
    }

    /// Whether an object schema becomes a struct (rather than a map or a raw object).
    func isStructure(_ value: JSONValue) -> Bool {
        !(value["properties"]?.objectValue?.isEmpty ?? true) || value["x-keep-unknown-properties"]?.boolValue == true
    }

    func unionIsNullable(_ location: SchemaLocation) -> Bool {
        location.value["oneOf"]?.arrayValue?.contains { $0["type"]?.stringValue == "null" } ?? false
    }

    mutating func referencedType(
        _ reference: String, at location: SchemaLocation, suggestedName: String, owner: String,
        nested: inout [DeclarationModel], nullable: Bool
    ) -> (TypeReference, Bool) {
        guard let target = schemas.resolve(reference, from: location.file) else {
            diagnose(.error, location, "$ref \"\(reference)\" does not resolve to a schema in this folder")
            return (.json, nullable)
        }
        if let custom = target.value["x-swift-type"]?.stringValue { return (.named(custom), nullable || types(of: target.value).nullable) }
        if let name = definitionNames[target.provenance] {
            let targetNullable = types(of: target.value).nullable || (target.value["oneOf"] != nil && unionIsNullable(target))
            return (.named(name), nullable || targetNullable)
        }
        let (type, targetNullable) = typeReference(target, suggestedName: suggestedName, owner: owner, nested: &nested)
        return (type, nullable || targetNullable)
    }

    /// Declares the inline schema at `location` as a type nested in `owner`.
    mutating func nestedDeclaration(
        _ location: SchemaLocation, suggestedName: String, owner: String,
        nested: inout [DeclarationModel], nullable: Bool
    ) -> (TypeReference, Bool) {
        let name = Naming.typeName(location.value["x-swift-name"]?.stringValue ?? suggestedName)
        let qualified = owner + "." + name
        if let declaration = declaration(for: location, name: name, qualifiedName: qualified) {
            if nested.contains(where: { $0.name == name }) {
                diagnose(.error, location, "two nested types are both named \(name) in \(owner); set x-swift-name on one")
            }
            nested.append(declaration)
        }
        return (.named(qualified), nullable)
    }
}
