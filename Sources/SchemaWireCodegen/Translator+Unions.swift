import SchemaWire

extension Translator {
    /// A variant as the union sees it: where its schema is and what Swift type it has.
    struct Variant {
        var reference: String?
        var target: SchemaLocation
        var type: TypeReference
    }

    /// A `oneOf`: dispatched by a tag member, by a key's presence, or by JSON type; never by trial.
    mutating func union(_ location: SchemaLocation, owner: String, nested: inout [DeclarationModel]) -> DeclarationKind? {
        guard let list = location.child("oneOf"), let count = list.value.arrayValue?.count, count > 0 else {
            diagnose(.error, location, "oneOf must be a non-empty array")
            return nil
        }
        var variants: [Variant] = []
        for index in 0..<count {
            guard let entry = list.child(String(index)) else { continue }
            if entry.value["type"]?.stringValue == "null", entry.value.objectValue?.count == 1 { continue }
            let reference = entry.value["$ref"]?.stringValue
            let target = reference.flatMap { schemas.resolve($0, from: location.file) } ?? entry
            let type = typeReference(entry, suggestedName: "Variant\(index + 1)", owner: owner, nested: &nested).0
            variants.append(Variant(reference: reference, target: target, type: type))
        }
        if let key = location.value["x-dispatch-by-key"]?.stringValue {
            guard variants.count == 2 else {
                diagnose(.error, location, "x-dispatch-by-key needs exactly two variants, found \(variants.count)")
                return nil
            }
            return .union(variants: variants.map { UnionVariantModel(caseName: caseName(for: $0), type: $0.type, selector: nil) },
                          dispatch: .key(key))
        }
        let fallback = defaultVariant(location, variants)
        if let tag = discriminator(location, variants, fallback: fallback) {
            let models = variants.enumerated().map { index, variant in
                let value = constant(of: tag, in: variant.target)
                let name = variant.target.value["x-swift-name"]?.stringValue.map(Naming.lowerCamel)
                    ?? value.flatMap { $0.first?.isLetter == true ? Naming.lowerCamel($0) : nil } ?? caseName(for: variant)
                return UnionVariantModel(caseName: index == fallback && value == nil ? caseName(for: variant) : name,
                                         type: variant.type, selector: value)
            }
            return .union(variants: models, dispatch: .tag(tag, fallback: fallback))
        }
        let kinds = variants.map { kind(of: $0.target) }
        if !kinds.contains(nil), Set(kinds.compactMap { $0 }).count == variants.count {
            return .union(variants: zip(variants, kinds).map { UnionVariantModel(caseName: caseName(for: $0), type: $0.type, selector: $1) },
                          dispatch: .kind)
        }
        diagnose(.error, location, "oneOf has no discriminator: no member has a different string const in every variant, "
                 + "and the variants do not differ by JSON type; name the tag with x-discriminator or use x-dispatch-by-key")
        return nil
    }

    func caseName(for variant: Variant) -> String {
        if let name = variant.target.value["x-swift-name"]?.stringValue { return Naming.lowerCamel(name) }
        let simple = variant.type.swift.split(separator: ".").last.map(String.init) ?? variant.type.swift
        return Naming.lowerCamel(simple.filter { $0.isLetter || $0.isNumber })
    }

    /// The index of the `x-default-variant` variant, matched by its `$ref`.
    mutating func defaultVariant(_ location: SchemaLocation, _ variants: [Variant]) -> Int? {
        guard let reference = location.value["x-default-variant"]?.stringValue else { return nil }
        let target = schemas.resolve(reference, from: location.file)?.provenance
        guard let index = variants.firstIndex(where: { $0.reference == reference || $0.target.provenance == target }) else {
            diagnose(.error, location, "x-default-variant \"\(reference)\" is not one of the oneOf's $refs")
            return nil
        }
        return index
    }

    /// The member whose string `const` differs in every variant (the default variant may lack it).
    mutating func discriminator(_ location: SchemaLocation, _ variants: [Variant], fallback: Int?) -> String? {
        let tagged = variants.enumerated().filter { $0.offset != fallback }.map(\.element)
        if let named = location.value["x-discriminator"]?.stringValue {
            if tagged.contains(where: { constant(of: named, in: $0.target) == nil }) {
                diagnose(.error, location, "x-discriminator \"\(named)\" is not a string const in every variant")
            }
            return named
        }
        guard let first = tagged.first else { return nil }
        for key in first.target.value["properties"]?.objectValue?.keys ?? [] {
            let values = tagged.map { constant(of: key, in: $0.target) }
            if !values.contains(nil), Set(values.compactMap { $0 }).count == tagged.count { return key }
        }
        return nil
    }

    /// The string const of member `key`; for a nested union, the const all its variants share.
    func constant(of key: String, in target: SchemaLocation) -> String? {
        if let reference = target.value["$ref"]?.stringValue, let next = schemas.resolve(reference, from: target.file) {
            return constant(of: key, in: next)
        }
        if let count = target.value["oneOf"]?.arrayValue?.count {
            let shared = (0..<count).compactMap { target.child("oneOf")?.child(String($0)) }
                .filter { !($0.value["type"]?.stringValue == "null") }
                .map { constant(of: key, in: $0) }
            guard let first = shared.first, let value = first, shared.allSatisfy({ $0 == value }) else { return nil }
            return value
        }
        guard let member = target.value["properties"]?[key] else { return nil }
        if let value = member["const"]?.stringValue { return value }
        if let value = member["const"]?.numberValue?.int64Value { return String(value) }
        if let values = member["enum"]?.arrayValue, values.count == 1 { return values[0].stringValue }
        return nil
    }

    func kind(of target: SchemaLocation) -> String? {
        if target.value["x-swift-type"] != nil || target.value["$ref"] == nil {
            let names = types(of: target.value).types
            guard names.count == 1 else { return target.value["oneOf"] == nil ? nil : nil }
            return names[0] == "integer" ? "number" : names[0]
        }
        guard let reference = target.value["$ref"]?.stringValue, let next = schemas.resolve(reference, from: target.file) else { return nil }
        return kind(of: next)
    }
}
