extension SwiftRenderer {
    /// A struct with `let` properties, a memberwise init, and its key table, decoder and encoder.
    func renderStruct(_ declaration: DeclarationModel, properties: [PropertyModel], extra: TypeReference?, into text: inout SwiftText) {
        text.block("\(access) struct \(declaration.name): Hashable, Sendable, Codable, JSONModel") { text in
            for property in properties {
                text.documentation(property.documentation, provenance: property.provenance)
                text.line("\(access) let \(Naming.memberName(property.swiftName)): \(swiftType(property))")
            }
            if let extra {
                text.line("/// Members the schema does not name, kept so that re-encoding loses nothing.")
                text.line("\(access) let additionalMembers: \(extra.swift)")
            }
            renderInit(properties, extra: extra, into: &text)
            renderDecoder(declaration, properties, extra: extra, into: &text)
            renderEncoder(properties, extra: extra, into: &text)
            renderNested(declaration, into: &text)
        }
    }

    func swiftType(_ property: PropertyModel) -> String {
        property.type.swift + (property.isOptional ? "?" : "")
    }

    func parameter(_ property: PropertyModel) -> String {
        var text = "\(property.swiftName): \(swiftType(property))"
        if case .string(let constant)? = property.constant, property.type == .string { text += " = \(constant.swiftLiteral)" }
        else if case .number(let constant)? = property.constant, constant.int64Value != nil, !property.isOptional { text += " = \(constant.int64Value!)" }
        else if property.isOptional { text += " = nil" }
        return text
    }

    func renderInit(_ properties: [PropertyModel], extra: TypeReference?, into text: inout SwiftText) {
        var parameters = properties.map(parameter)
        if let extra { parameters.append("additionalMembers: \(extra.swift) = [:]") }
        text.line("/// A value with the given members; optional ones default to `nil`, constant ones to their constant.")
        text.block("\(access) init(\(parameters.joined(separator: ", ")))") { text in
            for property in properties {
                let name = Naming.memberName(property.swiftName)
                text.line("self.\(name) = \(name)")
            }
            if extra != nil { text.line("self.additionalMembers = additionalMembers") }
        }
    }

    func renderDecoder(_ declaration: DeclarationModel, _ properties: [PropertyModel], extra: TypeReference?, into text: inout SwiftText) {
        let keys = properties.map { $0.wireName.swiftLiteral }.joined(separator: ", ")
        text.line("/// The wire names, in field order.")
        text.line("\(access) static let jsonKeys = JSONKeyTable([\(keys)])")
        text.line("/// Reads the object, matching member names against ``jsonKeys``.")
        text.block("\(access) init(from reader: inout JSONReader) throws(JSONDecodingError)") { text in
            for (index, property) in properties.enumerated() {
                text.line("var f\(index): \(property.type.swift)?")
            }
            if let extra { text.line("var extra: \(extra.swift) = [:]") }
            text.block("do") { text in
                text.line("var object = try reader.beginObject()")
                text.block("while let field = try reader.nextField(&object, in: Self.jsonKeys)") { text in
                    text.line("switch field {")
                    for index in properties.indices {
                        text.line("case \(index): f\(index) = try .init(from: &reader)")
                    }
                    switch extra {
                    case .jsonObject?: text.line("default: extra[try reader.keyString(object)] = try reader.readValue()")
                    case .some: text.line("default: extra[try reader.keyString(object)] = try .init(from: &reader)")
                    case nil: text.line("default: try reader.skipValue()")
                    }
                    text.line("}")
                }
                var arguments = properties.enumerated().map { index, property in
                    property.isOptional ? "\(property.swiftName): f\(index)"
                        : "\(property.swiftName): try reader.required(f\(index), \(property.wireName.swiftLiteral), object)"
                }
                if extra != nil { arguments.append("additionalMembers: extra") }
                text.line("self.init(\(arguments.joined(separator: ", ")))")
            }
            text.line("catch { throw error.inType(\(declaration.qualifiedName.swiftLiteral)) }")
        }
    }

    func renderEncoder(_ properties: [PropertyModel], extra: TypeReference?, into text: inout SwiftText) {
        text.line("/// Writes the object; `nil` members are left out.")
        text.block("\(access) func encode(to writer: inout JSONWriter)") { text in
            text.line("writer.beginObject()")
            for property in properties {
                let label = property.isOptional ? "ifPresent: " : ""
                text.line("writer.member(\(property.wireName.swiftLiteral), \(label)self.\(Naming.memberName(property.swiftName)))")
            }
            if extra != nil { text.line("writer.members(additionalMembers)") }
            text.line("writer.endObject()")
        }
    }
}
