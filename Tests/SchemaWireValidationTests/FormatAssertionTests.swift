import SchemaWire
import SchemaWireValidation
import Testing

/// `format` is an annotation unless asserting is turned on.
@Suite("Format assertion")
struct FormatAssertionTests {
    static let schema = #"{"properties":{"at":{"format":"date-time"},"id":{"format":"uuid"},"ip":{"format":"ipv6"}}}"#
    static let instance = #"{"at":"2025-02-30T10:00:00Z","id":"not-a-uuid","ip":"1::2::3"}"#

    @Test("off by default: formats are not checked")
    func offByDefault() throws {
        let validator = try JSONSchemaValidator(schema: try JSONValue(parsing: Self.schema))
        #expect(validator.validate(try JSONValue(parsing: Self.instance)).isValid)
    }

    @Test("on with the option: each bad value is located and named")
    func onWithOption() throws {
        let validator = try JSONSchemaValidator(schema: try JSONValue(parsing: Self.schema), options: ValidationOptions(assertFormats: true))
        let result = validator.validate(try JSONValue(parsing: Self.instance))
        #expect(result.errors.map(\.instanceLocation) == ["/at", "/id", "/ip"])
        #expect(result.errors.first?.message == #"expected a valid date-time, found string "2025-02-30T10:00:00Z""#)
        #expect(validator.validate(try JSONValue(parsing: #"{"at":"2024-02-29T23:59:60Z","id":"2EB8AA08-AA98-11EA-B4AA-73B441D16380","ip":"::ffff:10.0.0.1"}"#)).isValid)
    }

    @Test("the draft-07 dialect is chosen by $schema: $ref there ignores its siblings")
    func draft7ChosenBySchemaKeyword() throws {
        let draft7 = try JSONSchemaValidator(schema: try JSONValue(parsing: ##"{"$schema":"http://json-schema.org/draft-07/schema#","definitions":{"n":{"type":"number"}},"$ref":"#/definitions/n","maximum":1}"##))
        #expect(draft7.validate(.number(JSONNumber(5))).isValid)
        let current = try JSONSchemaValidator(schema: try JSONValue(parsing: ##"{"$defs":{"n":{"type":"number"}},"$ref":"#/$defs/n","maximum":1}"##))
        #expect(!current.validate(.number(JSONNumber(5))).isValid)
    }
}
