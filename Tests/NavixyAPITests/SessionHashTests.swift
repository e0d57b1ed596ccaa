import Foundation
import Testing
import SchemaWire
@testable import NavixyAPI

@Suite struct SessionHashTests {
    static let secret = "f4bf1b75403d851653dad99c78c4b237"

    @Test func keepsAValidHashExactly() throws {
        #expect(try SessionHash(Self.secret).secret == Self.secret)
        #expect(try SessionHash("F4BF1B75403D851653DAD99C78C4B237").secret == "F4BF1B75403D851653DAD99C78C4B237")
    }

    @Test func neverPrintsTheHash() throws {
        let hash = try SessionHash(Self.secret)
        var dumped = ""
        dump(hash, to: &dumped)
        for text in ["\(hash)", String(describing: hash), String(reflecting: hash), dumped, "\([hash])"] {
            #expect(!text.contains(Self.secret), "leaked in \(text)")
            #expect(!text.contains("f4bf"), "leaked in \(text)")
        }
    }

    @Test(arguments: ["", "f4bf1b75403d851653dad99c78c4b23", "f4bf1b75403d851653dad99c78c4b2377", "g4bf1b75403d851653dad99c78c4b237"])
    func rejectsMalformedTextWithoutEchoingIt(text: String) {
        #expect(throws: SessionHashError.self) { try SessionHash(text) }
        do {
            _ = try JSONDecoding.decode([SessionHash].self, from: "[\"\(text)\"]")
            Issue.record("accepted \(text.count) characters")
        } catch {
            #expect(error.pointer == "/0")
            if text.count > 4 { #expect(!error.description.contains(text.prefix(8)), "leaked in \(error)") }
        }
    }

    @Test func errorSaysWhatIsWrong() {
        #expect(throws: SessionHashError.wrongLength(31)) { try SessionHash(String(Self.secret.dropLast())) }
        #expect(throws: SessionHashError.notHexadecimal(position: 0)) { try SessionHash("x" + Self.secret.dropFirst()) }
    }

    @Test func encodesAsThePlainString() throws {
        let hash = try SessionHash(Self.secret)
        #expect(JSONEncoding.encodeToString([hash]) == "[\"\(Self.secret)\"]")
        #expect(try JSONDecoding.decode(SessionHash.self, from: "\"\(Self.secret)\"") == hash)
        let data = try JSONEncoder().encode(hash)
        #expect(try JSONDecoder().decode(SessionHash.self, from: data) == hash)
        do {
            _ = try JSONDecoder().decode(SessionHash.self, from: Data("\"f4bf1b75403d8516\"".utf8))
            Issue.record("accepted a short hash")
        } catch {
            #expect(!"\(error)".contains("f4bf1b75403d8516"))
        }
    }
}
