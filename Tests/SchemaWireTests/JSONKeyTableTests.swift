import Testing
import SchemaWire

/// `nextField` matches names in place when they arrive in table order, and by lookup otherwise.
@Suite struct JSONKeyTableTests {
    static func fields(_ text: String, _ names: [String]) throws -> [Int] {
        let table = JSONKeyTable(names)
        return try Array(text.utf8).withUnsafeBytes { bytes throws(JSONDecodingError) -> [Int] in
            var reader = JSONReader(bytes: bytes)
            var cursor = try reader.beginObject()
            var found: [Int] = []
            while let field = try reader.nextField(&cursor, in: table) {
                found.append(field)
                try reader.skipValue()
            }
            try reader.finish()
            return found
        }
    }

    @Test func prefixNamesAreNotConfused() throws {
        #expect(try Self.fields(#"{"abc":1,"ab":2,"a":3,"abcd":4}"#, ["ab", "abc", "a"]) == [1, 0, 2, -1])
        #expect(try Self.fields(#"{"ab":1,"abc":2}"#, ["ab", "abc"]) == [0, 1])
    }

    @Test func outOfOrderEscapedAndUnknownNamesAreFound() throws {
        #expect(try Self.fields(#"{ "c" : 1 , "\u0061":2,"zz":3,"b":4}"#, ["a", "b", "c"]) == [2, 0, -1, 1])
    }

    @Test func longNamesAreComparedToTheirLastByte() throws {
        let names = ["movement_status_update", "movement_status_updatf", ""]
        let text = #"{"movement_status_updatf":1,"movement_status_update":2,"":3,"movement_status_upda":4,"movement_xtatus_update":5}"#
        #expect(try Self.fields(text, names) == [1, 0, 2, -1, -1])
        #expect(try Self.fields(#"{"movement_status_update":1,"movement_status_updatf":2,"":3}"#, names) == [0, 1, 2])
    }

    @Test func nonASCIINamesMatch() throws {
        #expect(try Self.fields(#"{"é":1,"日本":2}"#, ["日本", "é"]) == [1, 0])
    }
}
