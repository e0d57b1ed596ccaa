import Testing
import SchemaWire

/// Accept/reject cases for every RFC 8259 rule the reader enforces.
@Suite struct JSONReaderConformanceTests {
    static let accepted: [String] = [
        "0", "-0", "1", "-1", "123456", "1.5", "-1.5e3", "1E+2", "1e-2", "0.0001",
        "true", "false", "null", "\"\"", "\"a\\\"b\"", "\"\\u00e9\"", "\"\\ud83d\\ude00\"",
        "\"\\/\\b\\f\\n\\r\\t\\\\\"", "[]", "{}", " [ 1 , 2 ] ", "{\"a\":{\"b\":[null]}}", "\"é😀\"",
        "\n\t\r 7 \n",
    ]

    static let rejected: [(String, String)] = [
        ("{} x", "unexpected data after the JSON value"),
        ("01", "leading zero"),
        ("-01", "leading zero"),
        ("+1", "unexpected character"),
        ("1.", "a digit must follow '.'"),
        (".5", "unexpected character"),
        ("1e", "a digit must follow the exponent mark"),
        ("-", "a digit must follow '-'"),
        ("\"\\x\"", "invalid escape"),
        ("\"\\u12G4\"", "invalid hex digit"),
        ("\"\\ud83d\"", "lone high surrogate"),
        ("\"\\ude00\"", "lone low surrogate"),
        ("\"\\ud83d\\u0041\"", "high surrogate not followed by a low surrogate"),
        ("\"a\tb\"", "unescaped control character"),
        ("\"a\nb\"", "unescaped control character"),
        ("\"abc", "unterminated string"),
        ("[1,]", "trailing comma"),
        ("[1 2]", "expected ',' or ']'"),
        ("{\"a\" 1}", "expected ':'"),
        ("{\"a\":1,}", "expected a member name"),
        ("{a:1}", "expected a member name"),
        ("{\"a\":1 \"b\":2}", "expected ',' or '}'"),
        ("tru", "truncated literal"),
        ("nul", "truncated literal"),
        ("trux", "invalid literal"),
        ("", "unexpected end of input"),
        ("[", "unexpected end of input"),
        ("'a'", "unexpected character"),
        ("NaN", "unexpected character"),
    ]

    @Test(arguments: accepted)
    func acceptsValidDocument(_ text: String) throws {
        _ = try JSONValue(parsing: text)
    }

    @Test(arguments: rejected)
    func rejectsInvalidDocument(_ text: String, _ rule: String) {
        do {
            _ = try JSONValue(parsing: text)
            Issue.record("accepted \(text.debugDescription)")
        } catch {
            guard case .syntax(let message) = error.reason else {
                Issue.record("expected a syntax error, got \(error)")
                return
            }
            #expect(message.contains(rule), "\(text.debugDescription): \(message)")
        }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONDecodingError.self) { try JSONValue(parsing: [0x22, 0xC3, 0x28, 0x22]) }
        #expect(throws: JSONDecodingError.self) { try JSONValue(parsing: [0x22, 0xFF, 0x22]) }
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try JSONValue(parsing: #""\u00e9\ud83d\ude00\n\"""#) == .string("é😀\n\""))
        #expect(try JSONValue(parsing: #""\u0000""#) == .string("\u{0}"))
    }

    @Test func depthLimitDefaultsTo512() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        _ = try JSONValue(parsing: ok)
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(throws: JSONDecodingError(.depthLimitExceeded(limit: 512), typeName: "JSONValue", pointer: String(repeating: "/0", count: 512), byteOffset: 512)) {
            try JSONValue(parsing: deep)
        }
    }

    @Test func depthLimitIsConfigurable() throws {
        _ = try JSONValue(parsing: "[[{}]]", maxDepth: 3)
        do {
            _ = try JSONValue(parsing: "[[{\"a\":[]}]]", maxDepth: 3)
            Issue.record("accepted a document nested 4 deep with a limit of 3")
        } catch {
            #expect(error.reason == .depthLimitExceeded(limit: 3))
            #expect(error.pointer == "/0/0/a")
        }
    }

    @Test func int64IsExactAtItsLimits() throws {
        #expect(try JSONDecoding.decode(Int64.self, from: "9223372036854775807") == .max)
        #expect(try JSONDecoding.decode(Int64.self, from: "-9223372036854775808") == .min)
        #expect(try JSONDecoding.decode(Int64.self, from: "999999999999999999") == 999_999_999_999_999_999)
        #expect(throws: JSONDecodingError.self) { try JSONDecoding.decode(Int64.self, from: "9223372036854775808") }
        #expect(throws: JSONDecodingError.self) { try JSONDecoding.decode(Int64.self, from: "-9223372036854775809") }
    }

    @Test func uint64IsExactAtItsLimits() throws {
        #expect(try JSONDecoding.decode(UInt64.self, from: "18446744073709551615") == .max)
        #expect(try JSONDecoding.decode(UInt64.self, from: "0") == 0)
        #expect(throws: JSONDecodingError.self) { try JSONDecoding.decode(UInt64.self, from: "18446744073709551616") }
        #expect(throws: JSONDecodingError.self) { try JSONDecoding.decode(UInt64.self, from: "-1") }
    }

    @Test func integralFractionsAreIntegers() throws {
        #expect(try JSONDecoding.decode(Int.self, from: "2.0") == 2)
        #expect(try JSONDecoding.decode(Int.self, from: "3e2") == 300)
        let error = #expect(throws: JSONDecodingError.self) { try JSONDecoding.decode(Int.self, from: "2.5") }
        #expect(error?.reason == .invalidValue(expected: "integer", found: "number 2.5"))
    }

    @Test(arguments: [
        0.1, 1.0 / 3.0, Double.leastNonzeroMagnitude, 1.7976931348623157e308, 123456.789, -2.5e-10, 56.9123456, 37.617635,
        2.2250738585072014e-308, 9007199254740993.0, 1e22, 1e23, 0.30000000000000004,
    ])
    func doublesRoundTripExactly(_ value: Double) throws {
        let bytes = JSONEncoding.encode(value)
        #expect(try JSONDecoding.decode(Double.self, from: bytes) == value)
        #expect(try JSONDecoding.decode(Double.self, from: String(value)) == value)
    }

    @Test func longDecimalLiteralsRoundCorrectly() throws {
        #expect(try JSONDecoding.decode(Double.self, from: "0.1000000000000000055511151231257827") == 0.1)
        #expect(try JSONDecoding.decode(Double.self, from: "123456789012345678901234567890") == 1.2345678901234568e29)
        #expect(try JSONDecoding.decode(Double.self, from: "-0.0").sign == .minus)
    }

    @Test func syntaxErrorCarriesByteOffsetAndPointer() {
        do {
            _ = try JSONValue(parsing: #"{"a":[1,2,{"b":"x\qy"}]}"#)
            Issue.record("accepted a bad escape")
        } catch {
            #expect(error.byteOffset == 18)
            #expect(error.pointer == "/a/2/b")
        }
    }

    @Test func typeMismatchNamesTypePointerAndFoundKind() {
        do {
            _ = try JSONDecoding.decode([String: [Int]].self, from: #"{"a":[1,2],"b/c":[3,"x"]}"#)
            Issue.record("accepted a string in an integer array")
        } catch {
            #expect(error.reason == .typeMismatch(expected: "number", found: "string"))
            #expect(error.pointer == "/b~1c/1")
            #expect(error.byteOffset == 20)
            #expect(error.typeName == "Dictionary<String, Array<Int>>")
            #expect(error.description.contains("/b~1c/1"))
        }
    }

    @Test func keepsObjectOrderAndLastDuplicateWins() throws {
        let value = try JSONValue(parsing: #"{"b":1,"a":2,"b":3}"#)
        #expect(value.objectValue?.keys == ["b", "a"])
        #expect(value["b"] == .number(JSONNumber(literal: "3")))
    }

    @Test func writerRoundTripsValues() throws {
        let text = #"{"s":"q\"\\\n\u0001é","n":[1,-2.5,1e300,null,true,false],"o":{}}"#
        let value = try JSONValue(parsing: text)
        let bytes = JSONEncoding.encode(value)
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"s":"q\"\\\n\u0001é","n":[1,-2.5,1e300,null,true,false],"o":{}}"#)
        #expect(try JSONValue(parsing: bytes) == value)
    }

    @Test func optionalReadsNullAsNil() throws {
        #expect(try JSONDecoding.decode([Int?].self, from: "[1,null,3]") == [1, nil, 3])
    }

    @Test func skipValueIsStrict() {
        #expect(throws: JSONDecodingError.self) { try JSONDecoding.decode([String: Int].self, from: #"{"a":"\x"}"#) }
    }
}

/// The word-at-a-time string scan must find a quote, backslash or control byte at any offset.
@Suite struct JSONStringScanTests {
    @Test(arguments: 0..<20)
    func findsSpecialBytesAtEveryOffset(_ offset: Int) throws {
        let prefix = String(repeating: "a", count: offset)
        #expect(try JSONDecoding.decode(String.self, from: "\"\(prefix)\\n\(prefix)é\"") == prefix + "\n" + prefix + "é")
        #expect(try JSONDecoding.decode(String.self, from: "\"\(prefix)\"") == prefix)
        #expect(throws: JSONDecodingError.self) { try JSONDecoding.decode(String.self, from: "\"\(prefix)\u{1}xxxxxxxxxxxxxxxx\"") }
        #expect(throws: JSONDecodingError.self) { try JSONDecoding.decode(String.self, from: "\"\(prefix)xxxxxxxxxxxxxxxx") }
        let invalidUTF8 = Array("\"\(prefix)".utf8) + [0xC3, 0x28] + Array("xxxxxxxxxx\"".utf8)
        #expect(throws: JSONDecodingError.self) { try JSONDecoding.decode(String.self, from: invalidUTF8) }
    }
}
