import Foundation
import Testing
@testable import SchemaWireSocket

/// UTF-8 validation and masking, checked against independent definitions.
@Suite("UTF-8 validation and masking")
struct FramingTests {
    @Test("well-formed and ill-formed UTF-8 (Unicode table 3-7 edges)")
    func knownSequences() {
        let valid: [[UInt8]] = [[], Array("plain ascii, long enough for the word path".utf8), [0xC2, 0x80], [0xDF, 0xBF],
                                [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF]]
        let invalid: [[UInt8]] = [[0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80],
                                  [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xC3], [0xE2, 0x82], Array("ascii then ".utf8) + [0xFF]]
        for bytes in valid { #expect(UTF8Validator.isValid(bytes), "\(bytes)") }
        for bytes in invalid { #expect(!UTF8Validator.isValid(bytes), "\(bytes)") }
    }

    @Test("agrees with the standard library's decoder on random byte strings")
    func agreesWithStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let count = Int.random(in: 0..<24, using: &generator)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &generator) ? UInt8.random(in: 0x20...0x7E, using: &generator) : UInt8.random(in: 0x80...0xFF, using: &generator)
            }
            let reference = String(validatingCString: (bytes + [0]).map { CChar(bitPattern: $0) }) != nil && !bytes.contains(0)
            #expect(UTF8Validator.isValid(bytes) == reference, "\(bytes)")
        }
    }

    @Test("word-at-a-time masking equals byte-by-byte XOR at every phase and length")
    func maskingMatchesDefinition() {
        let key: (UInt8, UInt8, UInt8, UInt8) = (0x37, 0xFA, 0x21, 0x3D)
        let keyBytes = [key.0, key.1, key.2, key.3]
        for length in 0..<40 {
            for phase in 0..<4 {
                let original = Fixtures.pattern(length)
                var masked = original
                masked.withUnsafeMutableBytes { Masking.apply(key: key, to: $0, phase: phase) }
                let expected = original.enumerated().map { $0.element ^ keyBytes[($0.offset + phase) % 4] }
                #expect(masked == expected, "length \(length) phase \(phase)")
            }
        }
    }

    @Test("a client frame is masked and decodes back (RFC 6455 §5.7 'Hello' example, unmasked form)")
    func frameLayout() {
        #expect(FrameEncoder.frame(.text, payload: Array("Hello".utf8), masked: false) == [0x81, 0x05, 0x48, 0x65, 0x6C, 0x6C, 0x6F])
        let masked = FrameEncoder.frame(.text, payload: Array("Hello".utf8), masked: true)
        #expect(masked.count == 11)
        #expect(masked[0] == 0x81)
        #expect(masked[1] == 0x85)
        let key = Array(masked[2..<6])
        #expect(masked[6...].enumerated().map { $0.element ^ key[$0.offset % 4] } == Array("Hello".utf8))
        #expect(FrameEncoder.frame(.binary, payload: [UInt8](repeating: 0, count: 256), masked: false).prefix(4) == [0x82, 0x7E, 0x01, 0x00])
        #expect(FrameEncoder.frame(.binary, payload: [UInt8](repeating: 0, count: 65536), masked: false).prefix(10) == [0x82, 0x7F, 0, 0, 0, 0, 0, 1, 0, 0])
    }
}
