import Foundation
import Testing
import SchemaWire

/// `DecimalUInt64`: the strict decimal-string form of `UInt64` that JavaScript servers send.
@Suite struct DecimalUInt64Tests {
    @Test(arguments: [
        ("0", UInt64(0)), ("100", 100), ("39834000000", 39_834_000_000),
        ("18446744073709551615", UInt64.max),
    ])
    func parsesCanonicalDigits(text: String, value: UInt64) throws {
        let parsed = try DecimalUInt64(jsonString: text)
        #expect(parsed.value == value)
        #expect(parsed.jsonString == text)
    }

    @Test func rejectsEverythingButCanonicalDigits() {
        #expect(throws: DecimalUInt64Error.empty) { try DecimalUInt64(jsonString: "") }
        #expect(throws: DecimalUInt64Error.sign("+")) { try DecimalUInt64(jsonString: "+1") }
        #expect(throws: DecimalUInt64Error.sign("-")) { try DecimalUInt64(jsonString: "-1") }
        #expect(throws: DecimalUInt64Error.invalidCharacter("a", offset: 2)) { try DecimalUInt64(jsonString: "12a") }
        #expect(throws: DecimalUInt64Error.invalidCharacter(" ", offset: 0)) { try DecimalUInt64(jsonString: " 1") }
        #expect(throws: DecimalUInt64Error.invalidCharacter(".", offset: 1)) { try DecimalUInt64(jsonString: "1.0") }
        #expect(throws: DecimalUInt64Error.invalidCharacter("é", offset: 1)) { try DecimalUInt64(jsonString: "1é") }
        #expect(throws: DecimalUInt64Error.leadingZero("007")) { try DecimalUInt64(jsonString: "007") }
        #expect(throws: DecimalUInt64Error.overflow("18446744073709551616")) { try DecimalUInt64(jsonString: "18446744073709551616") }
        #expect(throws: DecimalUInt64Error.overflow("99999999999999999999999")) { try DecimalUInt64(jsonString: "99999999999999999999999") }
    }

    @Test func decodesFromJSONStringsOnly() throws {
        #expect(try JSONDecoding.decode([DecimalUInt64].self, from: #"["1", "18446744073709551615"]"#) == [1, DecimalUInt64(.max)])
        #expect(throws: JSONDecodingError.self) { try JSONDecoding.decode(DecimalUInt64.self, from: "1") }
    }

    @Test func malformedValueNamesThePointer() {
        do {
            _ = try JSONDecoding.decode([String: [DecimalUInt64]].self, from: #"{"heights": ["1", "12a"]}"#)
            Issue.record("\"12a\" decoded as a uint64")
        } catch {
            #expect(error.pointer == "/heights/1")
            #expect(error.description.contains("\"12a\""))
            guard case .invalidValue(let expected, _) = error.reason else {
                Issue.record("unexpected reason \(error.reason)")
                return
            }
            #expect(expected == "a decimal uint64 string")
        }
    }

    @Test func reencodesAsAString() throws {
        let value = DecimalUInt64(42)
        #expect(JSONEncoding.encodeToString(value) == "\"42\"")
        #expect(String(decoding: try JSONEncoder().encode([value]), as: UTF8.self) == "[\"42\"]")
        #expect(try JSONDecoder().decode([DecimalUInt64].self, from: Data("[\"42\"]".utf8)) == [value])
    }
}
