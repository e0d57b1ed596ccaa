import Testing
import SchemaWire

@Suite struct JSONValueTests {
    @Test func numbersCompareByValue() throws {
        #expect(try JSONValue(parsing: "1") == JSONValue(parsing: "1.0"))
        #expect(try JSONValue(parsing: "1e2") == JSONValue(parsing: "100"))
        #expect(try JSONValue(parsing: "1.5") != JSONValue(parsing: "1"))
    }

    @Test func objectsCompareWithoutOrder() throws {
        #expect(try JSONValue(parsing: #"{"a":1,"b":[true,null]}"#) == JSONValue(parsing: #"{"b":[true,null],"a":1}"#))
    }

    @Test func objectKeepsDocumentOrder() throws {
        let value = try JSONValue(parsing: #"{"z":1,"a":2,"m":3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
    }

    @Test func rejectsTrailingGarbage() {
        #expect(throws: JSONDecodingError.self) { try JSONValue(parsing: "{} x") }
    }
}
