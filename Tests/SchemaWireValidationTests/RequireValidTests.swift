import SchemaWire
import SchemaWireValidation
import Testing

/// The one-line test assertion: `try validator.requireValid(…)`.
@Suite("requireValid")
struct RequireValidTests {
    let validator: JSONSchemaValidator

    init() throws {
        validator = try JSONSchemaValidator(
            schema: try JSONValue(parsing: #"{"type":"object","properties":{"lat":{"type":"number","maximum":90}},"required":["lat","lng"]}"#),
            uri: "https://example.test/point.json"
        )
    }

    @Test("a valid payload passes silently")
    func validPayload() throws {
        try validator.requireValid(json: #"{"lat":45.5,"lng":9}"#)
    }

    @Test("an invalid payload throws a ValidationFailure whose description lists every located error")
    func invalidPayload() throws {
        do {
            try validator.requireValid(json: #"{"lat":123}"#)
            Issue.record("an invalid payload was accepted")
        } catch let failure as ValidationFailure {
            #expect(failure.result.errors.count == 2)
            #expect(failure.description == """
                instance does not match https://example.test/point.json: 2 validation errors:
                  - at /: required property "lng" is missing (keyword /required)
                  - at /lat: expected a number ≤ 90, found 123 (keyword /properties/lat/maximum)
                """)
        }
    }

    @Test("malformed JSON throws the decoding error, not a validation failure")
    func malformedJSON() {
        #expect(throws: JSONDecodingError.self) { try validator.requireValid(json: #"{"lat":"#) }
    }
}
