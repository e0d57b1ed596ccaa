import Testing
import SchemaWireCodegen

/// One object-schema feature in, the Swift it must produce out.
@Suite struct StructSnippetTests {
    @Test func snakeCaseMemberBecomesLowerCamelProperty() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "properties": {"user_time": {"type": "string"}}}}"##)
        #expect(swift.contains("public let userTime: String?"))
        #expect(swift.contains(#"JSONKeyTable(["user_time"])"#))
    }

    @Test func requiredMemberIsNonOptionalAndHasNoDefault() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "properties": {"id": {"type": "integer"}}, "required": ["id"]}}"##)
        #expect(swift.contains("public let id: Int\n"))
        #expect(swift.contains("public init(id: Int)"))
        #expect(swift.contains(#"id: try reader.required(f0, "id", object)"#))
    }

    @Test func optionalMemberDefaultsToNilInInit() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}}"##)
        #expect(swift.contains("public init(name: String? = nil)"))
    }

    @Test func requiredButNullableMemberIsOptional() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "properties": {"name": {"type": ["string", "null"]}}, "required": ["name"]}}"##)
        #expect(swift.contains("public let name: String?"))
        #expect(swift.contains("name: f0)"))
    }

    @Test func swiftKeywordIsBackquoted() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "properties": {"default": {"type": "boolean"}}}}"##)
        #expect(swift.contains("public let `default`: Bool?"))
        #expect(swift.contains("self.`default` = `default`"))
    }

    @Test func xSwiftNameRenamesAProperty() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "properties": {"lng": {"type": "number", "x-swift-name": "longitude"}}}}"##)
        #expect(swift.contains("public let longitude: Double?"))
        #expect(swift.contains(#"writer.member("lng", ifPresent: self.longitude)"#))
    }

    @Test func xSwiftNameRenamesAType() throws {
        let swift = try Snippet.swift(##"{"thing_v2": {"type": "object", "x-swift-name": "Thing", "properties": {"a": {"type": "string"}}}}"##)
        #expect(swift.contains("public struct Thing: Hashable, Sendable, Codable, JSONModel"))
    }

    @Test func constMemberDefaultsToItsConstant() throws {
        let swift = try Snippet.swift(##"{"Ping": {"type": "object", "properties": {"event": {"type": "string", "const": "ping"}}, "required": ["event"]}}"##)
        #expect(swift.contains(#"public init(event: String = "ping")"#))
    }

    @Test func integerFormatsPickSizedIntegers() throws {
        let swift = try Snippet.swift(##"""
            {"Thing": {"type": "object", "properties": {
              "a": {"type": "integer", "format": "int32"}, "b": {"type": "integer", "format": "int64"},
              "c": {"type": "integer", "format": "uint64"}, "d": {"type": "number", "format": "float"},
              "e": {"type": "integer", "minimum": 0, "maximum": 18446744073709551615}}}}
            """##)
        #expect(swift.contains("public let a: Int32?"))
        #expect(swift.contains("public let b: Int64?"))
        #expect(swift.contains("public let c: UInt64?"))
        #expect(swift.contains("public let d: Float?"))
        #expect(swift.contains("public let e: UInt64?"))
    }

    @Test func arrayOfReferencesIsAnArrayOfTheNamedType() throws {
        let swift = try Snippet.swift(##"""
            {"Item": {"type": "object", "properties": {"a": {"type": "string"}}},
             "List": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/$defs/Item"}}}}}
            """##)
        #expect(swift.contains("public let items: [Test.Things.Item]?"))
    }

    @Test func additionalPropertiesSchemaIsAMap() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "properties": {"counts": {"type": "object", "additionalProperties": {"type": "integer"}}}}}"##)
        #expect(swift.contains("public let counts: [String: Int]?"))
    }

    @Test func objectWithoutPropertiesIsAJSONObject() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "properties": {"extra": {"type": "object"}}}}"##)
        #expect(swift.contains("public let extra: JSONObject?"))
    }

    @Test func memberWithoutTypeIsAnyJSONValue() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "properties": {"value": {"description": "anything"}}}}"##)
        #expect(swift.contains("public let value: JSONValue?"))
    }

    @Test func referenceAcrossFilesUsesTheOtherFilesNamespace() throws {
        let other = Snippet.schemaFile(##"{"Point": {"type": "object", "properties": {"x": {"type": "number"}}}}"##, id: "geo.schema.json")
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "properties": {"at": {"$ref": "geo.schema.json#/$defs/Point"}}}}"##,
                                      otherFiles: ["geo.schema.json": other])
        #expect(swift.contains("public let at: Test.Geo.Point?"))
    }

    @Test func xSwiftTypeUsesTheHandWrittenType() throws {
        let swift = try Snippet.swift(##"""
            {"Stamp": {"type": "string", "x-swift-type": "DateTime"},
             "Thing": {"type": "object", "properties": {"at": {"$ref": "#/$defs/Stamp"}, "raw": {"type": "string", "x-swift-type": "DecimalUInt64"}}}}
            """##)
        #expect(swift.contains("public let at: DateTime?"))
        #expect(swift.contains("public let raw: DecimalUInt64?"))
        #expect(!swift.contains("typealias Stamp"))
    }

    @Test func inlineObjectBecomesANestedType() throws {
        let swift = try Snippet.swift(##"{"Holder": {"type": "object", "properties": {"gps_fix": {"type": "object", "properties": {"lat": {"type": "number"}}}}}}"##)
        #expect(swift.contains("public let gpsFix: Test.Things.Holder.GpsFix?"))
        #expect(swift.contains("    public struct GpsFix: Hashable, Sendable, Codable, JSONModel"))
    }

    @Test func scalarDefinitionBecomesATypealias() throws {
        let swift = try Snippet.swift(##"{"TrackerId": {"type": "integer", "description": "A tracker."}}"##)
        #expect(swift.contains("public typealias TrackerId = Int"))
    }

    @Test func falseMemberGeneratesNoProperty() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "properties": {"a": {"type": "string"}, "type": false}}}"##)
        #expect(!swift.contains("let type"))
        #expect(swift.contains(#"JSONKeyTable(["a"])"#))
    }

    @Test func keepUnknownPropertiesAddsAdditionalMembers() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "x-keep-unknown-properties": true, "properties": {"a": {"type": "string"}}}}"##)
        #expect(swift.contains("public let additionalMembers: JSONObject"))
        #expect(swift.contains("default: extra[try reader.keyString(object)] = try reader.readValue()"))
        #expect(swift.contains("writer.members(additionalMembers)"))
    }

    @Test func encoderOmitsNilMembers() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "required": ["a"]}}"##)
        #expect(swift.contains(#"writer.member("a", self.a)"#))
        #expect(swift.contains(#"writer.member("b", ifPresent: self.b)"#))
    }

    @Test func unknownMembersAreSkippedNotRejected() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "additionalProperties": false, "properties": {"a": {"type": "string"}}}}"##)
        #expect(swift.contains("default: try reader.skipValue()"))
    }

    @Test func descriptionBecomesDocCommentWithProvenance() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "description": "A thing.", "properties": {"a": {"type": "string", "description": "The a."}}}}"##)
        #expect(swift.contains("    /// A thing.\n    ///\n    /// - Remark: Generated from `test/things.schema.json#/$defs/Thing`.\n"))
        #expect(swift.contains("/// The a.\n        ///\n        /// - Remark: Generated from `test/things.schema.json#/$defs/Thing/properties/a`."))
    }

    @Test func decodeErrorsNameTheGeneratedType() throws {
        let swift = try Snippet.swift(##"{"Thing": {"type": "object", "properties": {"a": {"type": "string"}}}}"##)
        #expect(swift.contains(#"catch { throw error.inType("Test.Things.Thing") }"#))
    }

    @Test func xSwiftNamespaceNamesTheFileNamespace() throws {
        let file = Snippet.schemaFile(##"{"A": {"type": "object", "properties": {"a": {"type": "string"}}}}"##, extraRoot: ##""x-swift-namespace": "Models""##)
        let output = try Snippet.generate(["things.schema.json": file])
        #expect(output.files["Test.things.swift"]?.contains("extension Test.Models {") == true)
        #expect(output.files["Test.Channels.swift"]?.contains("public enum Models {}") == true)
    }
}
