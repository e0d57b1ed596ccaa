import Testing
import SchemaWireCodegen

/// One enum or union feature in, the Swift it must produce out.
@Suite struct EnumAndUnionSnippetTests {
    @Test func stringEnumIsOpenByDefault() throws {
        let swift = try Snippet.swift(##"{"Status": {"type": "string", "enum": ["active", "signal_lost"]}}"##)
        #expect(swift.contains("public enum Status: Hashable, Sendable, Codable, JSONStringEnum"))
        #expect(swift.contains("case signalLost\n"))
        #expect(swift.contains("case unknown(String)"))
        #expect(swift.contains("public init(rawValue: String)"))
        #expect(swift.contains("default: self = .unknown(rawValue)"))
    }

    @Test func xOpenEnumFalseClosesTheEnum() throws {
        let swift = try Snippet.swift(##"{"Format": {"type": "string", "enum": ["full", "compact"], "x-open-enum": false}}"##)
        #expect(swift.contains("public init?(rawValue: String)"))
        #expect(swift.contains("default: return nil"))
        #expect(!swift.contains("case unknown("))
    }

    @Test func xEnumNamesNamesTheCases() throws {
        let swift = try Snippet.swift(##"{"Code": {"type": "integer", "enum": [1, 3], "x-enum-names": {"1": "databaseError", "3": "wrongHash"}}}"##)
        #expect(swift.contains("public enum Code: Hashable, Sendable, Codable, JSONIntegerEnum"))
        #expect(swift.contains("case 3: self = .wrongHash"))
        #expect(swift.contains("case unknown(Int)"))
    }

    @Test func integerEnumWithoutNamesGetsValueNames() throws {
        let swift = try Snippet.swift(##"{"Code": {"type": "integer", "enum": [7]}}"##)
        #expect(swift.contains("case value7\n"))
    }

    @Test func enumValueNamedUnknownIsADiagnostic() {
        let errors = Snippet.errors(##"{"S": {"type": "string", "enum": ["normal", "unknown"]}}"##)
        #expect(errors.map(\.pointer) == ["/$defs/S"])
        #expect(errors.first?.message.contains("x-enum-names") == true)
    }

    @Test func inlineEnumBecomesANestedType() throws {
        let swift = try Snippet.swift(##"{"Req": {"type": "object", "properties": {"target": {"type": "string", "enum": ["all", "selected"]}}}}"##)
        #expect(swift.contains("public let target: Test.Things.Req.Target?"))
        #expect(swift.contains("    public enum Target: Hashable, Sendable, Codable, JSONStringEnum"))
    }

    static let taggedVariants = ##"""
        "A": {"type": "object", "properties": {"type": {"const": "event"}, "event": {"const": "alpha"}, "x": {"type": "integer"}}},
        "B": {"type": "object", "properties": {"type": {"const": "event"}, "event": {"const": "beta_gamma"}}}
        """##

    @Test func unionDispatchesOnTheMemberWhoseConstDiffers() throws {
        let swift = try Snippet.swift(##"{"E": {"oneOf": [{"$ref": "#/$defs/A"}, {"$ref": "#/$defs/B"}]}, \##(Self.taggedVariants)}"##)
        #expect(swift.contains(#"switch try reader.peekTag("event") {"#))
        #expect(swift.contains(#"case "alpha"?: self = .alpha(try .init(from: &reader))"#))
        #expect(swift.contains(#"case "beta_gamma"?: self = .betaGamma(try .init(from: &reader))"#))
    }

    @Test func unionKeepsUnknownTagsRaw() throws {
        let swift = try Snippet.swift(##"{"E": {"oneOf": [{"$ref": "#/$defs/A"}, {"$ref": "#/$defs/B"}]}, \##(Self.taggedVariants)}"##)
        #expect(swift.contains("case unknown(tag: String, raw: JSONValue)"))
        #expect(swift.contains("case let tag?: self = .unknown(tag: tag, raw: try reader.readValue())"))
    }

    @Test func unionWithoutTagAndDefaultIsAMissingMemberError() throws {
        let swift = try Snippet.swift(##"{"E": {"oneOf": [{"$ref": "#/$defs/A"}, {"$ref": "#/$defs/B"}]}, \##(Self.taggedVariants)}"##)
        #expect(swift.contains(#"case nil: throw reader.missingMember("event").inType("Test.Things.E")"#))
    }

    @Test func xDiscriminatorNamesTheTag() throws {
        let swift = try Snippet.swift(##"""
            {"E": {"oneOf": [{"$ref": "#/$defs/A"}, {"$ref": "#/$defs/B"}], "x-discriminator": "kind"},
             "A": {"type": "object", "properties": {"kind": {"const": "a"}, "sub": {"const": "x"}}},
             "B": {"type": "object", "properties": {"kind": {"const": "b"}, "sub": {"const": "y"}}}}
            """##)
        #expect(swift.contains(#"switch try reader.peekTag("kind")"#))
    }

    @Test func xDefaultVariantDecodesUntaggedObjects() throws {
        let swift = try Snippet.swift(##"""
            {"Item": {"oneOf": [{"$ref": "#/$defs/Bare"}, {"$ref": "#/$defs/Tagged"}], "x-discriminator": "type", "x-default-variant": "#/$defs/Bare"},
             "Bare": {"type": "object", "properties": {"id": {"type": "integer"}}},
             "Tagged": {"type": "object", "properties": {"type": {"const": "tagged_item"}}}}
            """##)
        #expect(swift.contains("case nil: self = .bare(try .init(from: &reader))"))
        #expect(swift.contains(#"case "tagged_item"?: self = .taggedItem(try .init(from: &reader))"#))
    }

    @Test func integerTagsDispatchByTheirDecimalText() throws {
        let swift = try Snippet.swift(##"""
            {"Tx": {"oneOf": [{"$ref": "#/$defs/Transfer"}, {"$ref": "#/$defs/Aggregate"}], "x-discriminator": "type"},
             "Transfer": {"type": "object", "properties": {"type": {"type": "integer", "const": 16724}}, "required": ["type"]},
             "Aggregate": {"type": "object", "properties": {"type": {"type": "integer", "const": 16705}}}}
            """##)
        #expect(swift.contains(#"case "16724"?: self = .transfer(try .init(from: &reader))"#))
        #expect(swift.contains("public init(type: Int = 16724)"))
    }

    @Test func nestedUnionTagIsTheConstItsVariantsShare() throws {
        let swift = try Snippet.swift(##"""
            {"Any": {"oneOf": [{"$ref": "#/$defs/E"}, {"$ref": "#/$defs/Err"}], "x-discriminator": "type"},
             "E": {"oneOf": [{"$ref": "#/$defs/A"}, {"$ref": "#/$defs/B"}]}, \##(Self.taggedVariants),
             "Err": {"type": "object", "properties": {"type": {"const": "error"}}}}
            """##)
        #expect(swift.contains(#"case "event"?: self = .event(try .init(from: &reader))"#))
        #expect(swift.contains(#"case "error"?: self = .error(try .init(from: &reader))"#))
    }

    @Test func unionDispatchesOnJSONTypeWhenVariantsDiffer() throws {
        let swift = try Snippet.swift(##"""
            {"Detail": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "integer"}}, {"$ref": "#/$defs/Obj"}]},
             "Obj": {"type": "object", "properties": {"a": {"type": "string"}}}}
            """##)
        #expect(swift.contains("switch try reader.peekKind() {"))
        #expect(swift.contains("case .string: self = .string(try .init(from: &reader))"))
        #expect(swift.contains("case .array: self = "))
        #expect(swift.contains("case .object: self = .obj(try .init(from: &reader))"))
    }

    @Test func xDispatchByKeyPicksTheFirstVariantWhenTheKeyIsPresent() throws {
        let swift = try Snippet.swift(##"""
            {"Result": {"oneOf": [{"$ref": "#/$defs/Wrapped"}, {"$ref": "#/$defs/Bare"}], "x-dispatch-by-key": "value"},
             "Wrapped": {"type": "object", "properties": {"value": {"type": "object"}}},
             "Bare": {"type": "object", "additionalProperties": {"type": "string"}}}
            """##)
        #expect(swift.contains(#"if try reader.peekHasMember("value") {"#))
        #expect(swift.contains("self = .wrapped(try .init(from: &reader))"))
        #expect(swift.contains("self = .bare(try .init(from: &reader))"))
    }

    @Test func unionWithoutAnyDiscriminatorIsADiagnostic() {
        let errors = Snippet.errors(##"""
            {"U": {"oneOf": [{"$ref": "#/$defs/A"}, {"$ref": "#/$defs/B"}]},
             "A": {"type": "object", "properties": {"x": {"type": "string"}}},
             "B": {"type": "object", "properties": {"y": {"type": "string"}}}}
            """##)
        #expect(errors.map(\.pointer) == ["/$defs/U"])
        #expect(errors.first?.message.contains("no discriminator") == true)
    }

    @Test func nullVariantMakesTheUnionOptionalWhereUsed() throws {
        let swift = try Snippet.swift(##"""
            {"Holder": {"type": "object", "properties": {"v": {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]}}, "required": ["v"]}}
            """##)
        #expect(swift.contains("public let v: Test.Things.Holder.V?"))
    }
}
