extension SwiftRenderer {
    /// A string or integer enum; open ones keep an unknown value in `unknown(_:)`.
    func renderEnum(_ declaration: DeclarationModel, cases: [EnumCaseModel], open: Bool, integer: Bool, into text: inout SwiftText) {
        let raw = integer ? "Int" : "String"
        let literal: (EnumCaseModel) -> String = { integer ? $0.wireValue : $0.wireValue.swiftLiteral }
        text.block("\(access) enum \(declaration.name): Hashable, Sendable, Codable, \(integer ? "JSONIntegerEnum" : "JSONStringEnum")") { text in
            for enumCase in cases {
                text.line("/// `\(enumCase.wireValue)`")
                text.line("case \(Naming.memberName(enumCase.swiftName))")
            }
            if open {
                text.line("/// A value this version of the schema does not know, kept as it was sent.")
                text.line("case unknown(\(raw))")
            }
            text.line("/// Every value the schema names.")
            text.line("\(access) static let knownValues: [\(raw)] = [\(cases.map(literal).joined(separator: ", "))]")
            text.line("/// The case for a wire value\(open ? "" : "; `nil` for a value the schema does not name").")
            text.block("\(access) init\(open ? "" : "?")(rawValue: \(raw))") { text in
                text.line("switch rawValue {")
                for enumCase in cases { text.line("case \(literal(enumCase)): self = .\(enumCase.swiftName)") }
                text.line(open ? "default: self = .unknown(rawValue)" : "default: return nil")
                text.line("}")
            }
            text.line("/// The wire value.")
            text.block("\(access) var rawValue: \(raw)") { text in
                text.line("switch self {")
                for enumCase in cases { text.line("case .\(enumCase.swiftName): \(literal(enumCase))") }
                if open { text.line("case .unknown(let value): value") }
                text.line("}")
            }
        }
    }

    /// A union: an enum with one case per variant, dispatched without trial decoding.
    func renderUnion(_ declaration: DeclarationModel, variants: [UnionVariantModel], dispatch: UnionDispatch, into text: inout SwiftText) {
        text.block("\(access) enum \(declaration.name): Hashable, Sendable, Codable, JSONModel") { text in
            for variant in variants {
                switch dispatch {
                case .tag(let tag, _): text.line(variant.selector.map { "/// `\(tag)` is `\($0)`." } ?? "/// No `\(tag)` member.")
                case .kind: text.line("/// A JSON \(variant.selector ?? "value").")
                case .key(let key): text.line(variant == variants[0] ? "/// The object has a `\(key)` member." : "/// The object has no `\(key)` member.")
                }
                text.line("case \(Naming.memberName(variant.caseName))(\(variant.type.swift))")
            }
            if case .tag = dispatch {
                text.line("/// A tag this version of the schema does not know; the whole value is kept.")
                text.line("case unknown(tag: String, raw: JSONValue)")
            }
            text.line("/// Finds the variant first, then decodes exactly that one.")
            text.block("\(access) init(from reader: inout JSONReader) throws(JSONDecodingError)") { text in
                renderDispatch(declaration, variants, dispatch, into: &text)
            }
            text.line("/// Writes the variant's value.")
            text.block("\(access) func encode(to writer: inout JSONWriter)") { text in
                text.line("switch self {")
                for variant in variants { text.line("case .\(variant.caseName)(let value): value.encode(to: &writer)") }
                if case .tag = dispatch { text.line("case .unknown(_, let raw): writer.writeValue(raw)") }
                text.line("}")
            }
            renderNested(declaration, into: &text)
        }
    }

    func renderDispatch(_ declaration: DeclarationModel, _ variants: [UnionVariantModel], _ dispatch: UnionDispatch, into text: inout SwiftText) {
        switch dispatch {
        case .tag(let tag, let fallback):
            text.line("switch try reader.peekTag(\(tag.swiftLiteral)) {")
            for variant in variants {
                guard let selector = variant.selector else { continue }
                text.line("case \(selector.swiftLiteral)?: self = .\(variant.caseName)(try .init(from: &reader))")
            }
            if let fallback {
                text.line("case nil: self = .\(variants[fallback].caseName)(try .init(from: &reader))")
            } else {
                text.line("case nil: throw reader.missingMember(\(tag.swiftLiteral)).inType(\(declaration.qualifiedName.swiftLiteral))")
            }
            text.line("case let tag?: self = .unknown(tag: tag, raw: try reader.readValue())")
            text.line("}")
        case .kind:
            text.line("switch try reader.peekKind() {")
            for variant in variants {
                let kind = variant.selector == "boolean" ? "bool" : variant.selector ?? "null"
                text.line("case .\(kind): self = .\(variant.caseName)(try .init(from: &reader))")
            }
            let expected = variants.compactMap(\.selector).joined(separator: " or ")
            text.line("default: throw reader.typeMismatch(expected: \(expected.swiftLiteral)).inType(\(declaration.qualifiedName.swiftLiteral))")
            text.line("}")
        case .key(let key):
            text.block("if try reader.peekHasMember(\(key.swiftLiteral))") { text in
                text.line("self = .\(variants[0].caseName)(try .init(from: &reader))")
            }
            text.block("else") { text in
                text.line("self = .\(variants[1].caseName)(try .init(from: &reader))")
            }
        }
    }
}
