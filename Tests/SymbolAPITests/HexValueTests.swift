import Foundation
import Testing
import SchemaWire
@testable import SymbolAPI

/// The fixed-length hex types, the 16-hex identifiers and free-length hex bytes.
@Suite struct HexValueTests {
    static let hash = "24E92B511B54EDB48A4850F9B42485FDD1A30589D92C775632DDDD71D7D1D691"

    @Test func hashParsesEitherCaseAndPrintsUppercase() throws {
        let hash = try Hash256(hex: Self.hash.lowercased())
        #expect(hash.bytes.count == 32)
        #expect(hash.bytes.first == 0x24)
        #expect(hash.hex == Self.hash)
        #expect(try Hash256(bytes: hash.bytes) == hash)
    }

    @Test func wrongLengthNamesTheKind() {
        #expect(throws: HexDecodingError.wrongLength(type: "hash", expected: 64, found: 63)) {
            try Hash256(hex: Self.hash.dropLast())
        }
        #expect(throws: HexDecodingError.wrongLength(type: "signature", expected: 128, found: 64)) {
            try Signature(hex: Self.hash)
        }
        #expect(throws: HexDecodingError.wrongLength(type: "VRF proof verification hash", expected: 32, found: 64)) {
            try ProofVerificationHash(hex: Self.hash)
        }
    }

    @Test func nonHexCharacterIsReportedWithItsOffset() {
        #expect(throws: HexDecodingError.invalidCharacter("Z", offset: 2)) { try PublicKey(hex: "24Z" + Self.hash.dropFirst(3)) }
        #expect(throws: HexDecodingError.oddLength(3)) { try HexBytes(jsonString: "ABC") }
    }

    @Test func identifiersKeepTheirSixteenDigits() throws {
        let mosaic = try MosaicID(hex: "3A8416DB2D53B6C8")
        #expect(mosaic.value == 0x3A84_16DB_2D53_B6C8)
        #expect(!mosaic.isNamespaceAlias)
        #expect(MosaicID(0x1F).hex == "000000000000001F")
        let alias = try MosaicID(hex: "E74B99BA41F4AFEE")
        #expect(alias.namespaceAlias == NamespaceID(0xE74B_99BA_41F4_AFEE))
        #expect(throws: HexDecodingError.wrongLength(type: "namespace id", expected: 16, found: 15)) {
            try NamespaceID(hex: "C0FB8AA40991626")
        }
    }

    @Test func hexBytesRoundTrip() throws {
        let message = try HexBytes(jsonString: "0048656C6C6F")
        #expect(message.bytes == [0, 0x48, 0x65, 0x6C, 0x6C, 0x6F])
        #expect(message.jsonString == "0048656C6C6F")
        #expect(try HexBytes(jsonString: "") == [])
        #expect(message.plainMessageText == "Hello")
        #expect(HexBytes([1, 0x48]).plainMessageText == nil)
        #expect(HexBytes([0, 0xFF]).plainMessageText == nil)
    }

    @Test func sixtyThreeHexHashInJSONNamesThePointer() {
        let document = "{\"meta\": {\"hash\": \"\(Self.hash.dropLast())\"}}"
        do {
            _ = try JSONDecoding.decode([String: [String: Hash256]].self, from: document)
            Issue.record("a 63-hex hash decoded")
        } catch {
            #expect(error.pointer == "/meta/hash")
            #expect(error.description.contains("64 hex characters"))
        }
    }

    @Test func codableInteropUsesTheSameStrings() throws {
        let hash = try Hash256(hex: Self.hash)
        let data = try JSONEncoder().encode([hash])
        #expect(String(decoding: data, as: UTF8.self) == "[\"\(Self.hash)\"]")
        #expect(try JSONDecoder().decode([Hash256].self, from: data) == [hash])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Hash256].self, from: Data("[\"AB\"]".utf8)) }
    }
}
