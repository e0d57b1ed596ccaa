import SchemaWire

extension Translator {
    /// A struct, enum or union for the schema at `location`; `nil` when it is a plain scalar, array or map.
    mutating func declaration(for location: SchemaLocation, name: String, qualifiedName: String) -> DeclarationModel? {
        let value = location.value
        var model = DeclarationModel(name: name, qualifiedName: qualifiedName, title: value["title"]?.stringValue,
                                     documentation: value["description"]?.stringValue, provenance: location.provenance,
                                     kind: .alias(.json))
        if value["oneOf"] != nil {
            guard let kind = union(location, owner: qualifiedName, nested: &model.nested) else { return nil }
            model.kind = kind
            return model
        }
        let typeNames = types(of: value).types
        if value["enum"] != nil, typeNames == ["string"] || typeNames == ["integer"] {
            model.kind = enumeration(location, integer: typeNames == ["integer"])
            return model
        }
        if typeNames == ["object"] || typeNames.isEmpty, isStructure(value) {
            model.kind = structure(location, owner: qualifiedName, nested: &model.nested)
            return model
        }
        return nil
    }

    mutating func structure(_ location: SchemaLocation, owner: String, nested: inout [DeclarationModel]) -> DeclarationKind {
        let required = Set(location.value["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        var properties: [PropertyModel] = []
        let members = location.child("properties")
        for wireName in members?.value.objectValue?.keys ?? [] {
            // `"name": false` forbids the member: there is nothing to generate (validators enforce it).
            guard let member = members?.child(wireName), member.value != .bool(false) else { continue }
            let swiftName = member.value["x-swift-name"]?.stringValue ?? Naming.lowerCamel(wireName)
            if properties.contains(where: { $0.swiftName == swiftName }) {
                diagnose(.error, member, "two properties are both named \(swiftName) in Swift; set x-swift-name on one")
            }
            let (type, nullable) = typeReference(member, suggestedName: Naming.upperCamel(wireName), owner: owner, nested: &nested)
            properties.append(PropertyModel(
                wireName: wireName, swiftName: swiftName, type: type,
                isOptional: !required.contains(wireName) || nullable,
                documentation: member.value["description"]?.stringValue, provenance: member.provenance,
                constant: member.value["const"], defaultValue: member.value["default"]))
        }
        for name in required where !(members?.value.objectValue?.keys.contains(name) ?? false) {
            diagnose(.warning, location, "\"\(name)\" is required but has no entry in properties; it is not generated")
        }
        var extra: TypeReference?
        if location.value["x-keep-unknown-properties"]?.boolValue == true {
            extra = .jsonObject
        } else if let additional = location.child("additionalProperties"), case .object = additional.value {
            extra = .map(typeReference(additional, suggestedName: "AdditionalMember", owner: owner, nested: &nested).0)
        }
        return .structure(properties: properties, extra: extra)
    }

    mutating func enumeration(_ location: SchemaLocation, integer: Bool) -> DeclarationKind {
        let names = location.value["x-enum-names"]?.objectValue ?? [:]
        let open = location.value["x-open-enum"]?.boolValue ?? true
        var cases: [EnumCaseModel] = []
        for entry in location.value["enum"]?.arrayValue ?? [] where !entry.isNull {
            let wire: String
            switch entry {
            case .string(let text) where !integer: wire = text
            case .number(let number) where integer && number.int64Value != nil: wire = String(number.int64Value!)
            default:
                diagnose(.error, location, "enum value \(entry) does not match the enum's type \(integer ? "integer" : "string")")
                continue
            }
            let swiftName = names[wire]?.stringValue
                ?? (integer ? "value" + wire.replacing("-", with: "Minus") : Naming.lowerCamel(wire))
            if open, swiftName == "unknown" {
                diagnose(.error, location, "the value \"\(wire)\" would be named `unknown`, which clashes with the open enum's unknown(_:) case; name it with x-enum-names")
            }
            if cases.contains(where: { $0.swiftName == swiftName }) {
                diagnose(.error, location, "two enum values are both named \(swiftName) in Swift; name them with x-enum-names")
            }
            cases.append(EnumCaseModel(swiftName: swiftName, wireValue: wire))
        }
        for key in names.keys where !cases.contains(where: { $0.wireValue == key }) {
            diagnose(.warning, location, "x-enum-names names \"\(key)\", which is not one of the enum's values")
        }
        return integer ? .integerEnum(cases: cases, open: open) : .stringEnum(cases: cases, open: open)
    }
}
