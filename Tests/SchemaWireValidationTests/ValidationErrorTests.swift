import SchemaWire
import SchemaWireValidation
import Testing

/// Errors come in the "basic" output shape with locations precise enough to fix the payload.
@Suite("Validation errors")
struct ValidationErrorTests {
    static let schema = #"""
    {
      "$id": "https://example.test/tracker.json",
      "type": "object",
      "properties": {
        "data": { "type": "array", "items": { "$ref": "#/$defs/State" } }
      },
      "required": ["data"],
      "$defs": {
        "State": {
          "type": "object",
          "properties": {
            "speed": { "type": "integer", "minimum": 0 },
            "status": { "enum": ["active", "idle"] }
          },
          "required": ["speed"],
          "additionalProperties": false
        }
      }
    }
    """#

    func validator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: try JSONValue(parsing: Self.schema))
    }

    @Test("a wrong type deep inside a $ref is located in the instance, the evaluation path and the schema")
    func locatesNestedTypeError() throws {
        let result = try validator().validate(try JSONValue(parsing: #"{"data":[{"speed":3},{"speed":"fast"}]}"#))
        #expect(result.errors.count == 1)
        let error = try #require(result.errors.first)
        #expect(error.instanceLocation == "/data/1/speed")
        #expect(error.keywordLocation == "/properties/data/items/$ref/properties/speed/type")
        #expect(error.absoluteKeywordLocation == "https://example.test/tracker.json#/$defs/State/properties/speed/type")
        #expect(error.message == #"expected integer, found string "fast""#)
    }

    @Test("every failure of an instance is reported, not only the first")
    func reportsEveryError() throws {
        let result = try validator().validate(try JSONValue(parsing: #"{"data":[{"speed":-1,"status":"gone","extra":true},{}]}"#))
        let located = Set(result.errors.map { "\($0.instanceLocation) \($0.keywordLocation)" })
        #expect(located == [
            "/data/0/speed /properties/data/items/$ref/properties/speed/minimum",
            "/data/0/status /properties/data/items/$ref/properties/status/enum",
            "/data/0/extra /properties/data/items/$ref/additionalProperties",
            "/data/1 /properties/data/items/$ref/required",
        ])
        let messages = result.errors.map(\.message)
        #expect(messages.contains("expected a number ≥ 0, found -1"))
        #expect(messages.contains(#"expected one of "active", "idle", found string "gone""#))
        #expect(messages.contains(#"property "extra" is not allowed here (additionalProperties is false)"#))
        #expect(messages.contains(#"required property "speed" is missing"#))
    }

    @Test("the basic output is a JSON object with valid and a flat errors list")
    func basicOutputShape() throws {
        let result = try validator().validate(try JSONValue(parsing: #"{"data":"none"}"#))
        let output = result.basicOutput
        #expect(output["valid"] == .bool(false))
        let first = try #require(output["errors"]?[0])
        #expect(first["instanceLocation"] == .string("/data"))
        #expect(first["keywordLocation"] == .string("/properties/data/type"))
        #expect(first["absoluteKeywordLocation"] == .string("https://example.test/tracker.json#/properties/data/type"))
        #expect(first["error"] == .string("expected array, found string \"none\""))
        #expect(try validator().validate(try JSONValue(parsing: #"{"data":[]}"#)).basicOutput == .object(["valid": .bool(true)]))
    }

    @Test("oneOf reports how many alternatives matched")
    func oneOfMessages() throws {
        let schema = try JSONSchemaValidator(schema: try JSONValue(parsing: #"{"oneOf":[{"type":"integer"},{"minimum":2}]}"#))
        let both = schema.validate(.number(JSONNumber(5)))
        #expect(both.errors.map(\.message) == ["number 5 matches alternatives 0, 1 of oneOf, but must match exactly one"])
        let none = schema.validate(.number(JSONNumber(literal: "1.5")))
        #expect(none.errors.first?.keywordLocation == "/oneOf")
        #expect(none.errors.count == 3)
        #expect(schema.validate(.number(JSONNumber(literal: "2.5"))).isValid)
    }

    @Test("string values of secret-looking members never appear in messages")
    func hidesSecrets() throws {
        let schema = try JSONSchemaValidator(schema: try JSONValue(parsing: #"{"properties":{"hash":{"pattern":"^[0-9a-f]{32}$"},"api_token":{"type":"integer"}}}"#))
        let secret = "SuperSecretSessionValue-0123456789"
        let result = schema.validate(.object(["hash": .string(secret), "api_token": .string(secret)]))
        #expect(result.errors.count == 2)
        for error in result.errors {
            #expect(!error.message.contains(secret))
            #expect(error.message.contains("value hidden"))
        }
        #expect(!"\(result)".contains(secret))
    }

    @Test("deeply nested documents never crash: they validate, or fail with an error saying they nest too deeply")
    func deepDocuments() throws {
        let schema = try JSONSchemaValidator(schema: try JSONValue(parsing: ##"{"$defs":{"node":{"anyOf":[{"type":"integer"},{"type":"array","items":{"$ref":"#/$defs/node"}}]}},"$ref":"#/$defs/node"}"##))
        let tooDeep: (ValidationError) -> Bool = { $0.message.contains("nests too deeply") }
        let shallow = try JSONValue(parsing: String(repeating: "[", count: 40) + "\"x\"" + String(repeating: "]", count: 40))
        #expect(schema.validate(shallow).errors.contains { $0.instanceLocation == String(repeating: "/0", count: 40) })
        #expect(!schema.validate(shallow).errors.contains(where: tooDeep))
        let depth = 510
        let valid = try JSONValue(parsing: String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth))
        let validResult = schema.validate(valid)
        #expect(validResult.isValid || validResult.errors.contains(where: tooDeep))
        let invalid = try JSONValue(parsing: String(repeating: "[", count: depth) + "\"x\"" + String(repeating: "]", count: depth))
        let result = schema.validate(invalid)
        #expect(!result.isValid)
        #expect(result.errors.contains { $0.instanceLocation == String(repeating: "/0", count: depth) } || result.errors.contains(where: tooDeep))
    }

    @Test("numbers beyond the range of a double still compare correctly")
    func hugeNumbers() throws {
        let schema = try JSONSchemaValidator(schema: try JSONValue(parsing: #"{"maximum":10,"minimum":-10}"#))
        #expect(!schema.validate(.number(JSONNumber(literal: "1e400"))).isValid)
        #expect(!schema.validate(.number(JSONNumber(literal: "-1e99999999999999999999"))).isValid)
        #expect(schema.validate(.number(JSONNumber(literal: "1e-400"))).isValid)
    }

    @Test("a reference loop that consumes no input ends with an error instead of a crash")
    func referenceLoopIsAnError() throws {
        let schema = try JSONSchemaValidator(schema: try JSONValue(parsing: ##"{"$defs":{"a":{"$ref":"#/$defs/b"},"b":{"$ref":"#/$defs/a"}},"$ref":"#/$defs/a"}"##))
        let result = schema.validate(.null)
        #expect(!result.isValid)
        #expect(result.errors.contains { $0.message.contains("reference loop") })
        let recursive = try JSONSchemaValidator(schema: try JSONValue(parsing: ##"{"properties":{"next":{"$ref":"#"}},"type":"object"}"##))
        #expect(recursive.validate(try JSONValue(parsing: #"{"next":{"next":{"next":{}}}}"#)).isValid)
        #expect(recursive.validate(try JSONValue(parsing: #"{"next":{"next":{"next":1}}}"#)).errors.first?.instanceLocation == "/next/next/next")
    }
}
