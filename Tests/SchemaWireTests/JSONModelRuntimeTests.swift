import Foundation
import Testing
import SchemaWire

/// A model written exactly the way the generator writes one, to test the runtime pieces it uses.
private struct Fix: Hashable, Sendable, Codable, JSONModel {
    let speedKmh: Int
    let label: String?
    let mode: Mode?

    init(speedKmh: Int, label: String? = nil, mode: Mode? = nil) {
        self.speedKmh = speedKmh
        self.label = label
        self.mode = mode
    }

    static let jsonKeys = JSONKeyTable(["speed_kmh", "label", "mode"])

    init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var f0: Int?
        var f1: String?
        var f2: Mode?
        do {
            var object = try reader.beginObject()
            while let field = try reader.nextField(&object, in: Self.jsonKeys) {
                switch field {
                case 0: f0 = try .init(from: &reader)
                case 1: f1 = try .init(from: &reader)
                case 2: f2 = try .init(from: &reader)
                default: try reader.skipValue()
                }
            }
            self.init(speedKmh: try reader.required(f0, "speed_kmh", object), label: f1, mode: f2)
        } catch { throw error.inType("Fix") }
    }

    func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("speed_kmh", self.speedKmh)
        writer.member("label", ifPresent: self.label)
        writer.member("mode", ifPresent: self.mode)
        writer.endObject()
    }

    enum Mode: Hashable, Sendable, Codable, JSONStringEnum {
        case moving
        case parked
        case unknown(String)
        static let knownValues = ["moving", "parked"]
        init(rawValue: String) {
            switch rawValue {
            case "moving": self = .moving
            case "parked": self = .parked
            default: self = .unknown(rawValue)
            }
        }
        var rawValue: String {
            switch self {
            case .moving: "moving"
            case .parked: "parked"
            case .unknown(let value): value
            }
        }
    }
}

@Suite struct JSONModelRuntimeTests {
    @Test func decodesMembersInAnyOrderAndSkipsUnknownOnes() throws {
        let fix = try JSONDecoding.decode([Fix].self, from: #"[{"mode":"parked","x":[1,{"y":null}],"speed_kmh":12},{"speed_kmh":0,"label":"a"}]"#)
        #expect(fix == [Fix(speedKmh: 12, mode: .parked), Fix(speedKmh: 0, label: "a")])
    }

    @Test func escapedMemberNameMatchesItsKey() throws {
        #expect(try JSONDecoding.decode(Fix.self, from: #"{"speed\u005fkmh":5}"#).speedKmh == 5)
    }

    @Test func nullMemberIsNil() throws {
        #expect(try JSONDecoding.decode(Fix.self, from: #"{"speed_kmh":5,"label":null,"mode":null}"#) == Fix(speedKmh: 5))
    }

    @Test func unknownEnumValueIsKept() throws {
        #expect(try JSONDecoding.decode(Fix.self, from: #"{"speed_kmh":5,"mode":"towed"}"#).mode == .unknown("towed"))
    }

    @Test func missingRequiredMemberNamesTypeKeyAndPointer() {
        do {
            _ = try JSONDecoding.decode([Fix].self, from: #"[{"speed_kmh":1},{"label":"x"}]"#)
            Issue.record("decoded an object without speed_kmh")
        } catch {
            #expect(error.reason == .missingKey("speed_kmh"))
            #expect(error.typeName == "Fix")
            #expect(error.pointer == "/1")
            #expect(error.byteOffset == 17)
        }
    }

    @Test func wrongTypeNamesTheInnermostValue() {
        do {
            _ = try JSONDecoding.decode(Fix.self, from: #"{"speed_kmh":"fast"}"#)
            Issue.record("decoded a string as an integer")
        } catch {
            #expect(error.description == #"Fix at /speed_kmh: expected number, found string (byte 13)"#)
        }
    }

    @Test func encodesWireNamesAndOmitsNil() {
        #expect(JSONEncoding.encodeToString(Fix(speedKmh: 3, mode: .unknown("towed"))) == #"{"speed_kmh":3,"mode":"towed"}"#)
    }

    @Test func codableBridgeUsesTheWireForm() throws {
        let fix = Fix(speedKmh: 7, label: "q\"", mode: .moving)
        let data = try JSONEncoder().encode(fix)
        #expect(try JSONDecoding.decode(JSONValue.self, from: [UInt8](data)) == JSONValue(parsing: #"{"speed_kmh":7,"label":"q\"","mode":"moving"}"#))
        #expect(try JSONDecoder().decode(Fix.self, from: Data(#"{"speed_kmh":7,"mode":"moving"}"#.utf8)) == Fix(speedKmh: 7, mode: .moving))
    }

    @Test func peekTagFindsTheTagAnywhereWithoutConsuming() throws {
        let text = Array(#"{"data":[1,2],"type":16724,"event":"state"}"#.utf8)
        try text.withUnsafeBytes { bytes in
            var reader = JSONReader(bytes: bytes)
            #expect(try reader.peekTag("event") == "state")
            #expect(try reader.peekTag("type") == "16724")
            #expect(try reader.peekTag("missing") == nil)
            #expect(try reader.peekHasMember("data"))
            #expect(reader.offset == 0)
            _ = try reader.readValue()
            try reader.finish()
        }
    }
}
