import Foundation
import Testing
@testable import SchemaWireSocket

/// SHA-1, base64 and the accept value against RFC 6455 and Python's hashlib/base64.
@Suite("SHA-1 and base64")
struct DigestTests {
    @Test("the RFC 6455 §1.3 example key gives the example accept value")
    func rfcAcceptVector() {
        #expect(Handshake.acceptValue(forKey: "dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    }

    @Test("FIPS 180 example digests")
    func fipsVectors() {
        #expect(hex(SHA1.digest(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex(SHA1.digest([UInt8]())) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(hex(SHA1.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    }

    @Test("digests and base64 of every length from 0 to 200 match Python's hashlib and base64",
          .enabled(if: TestEnvironment.runsWebsocketsInterop, TestEnvironment.skipMessage))
    func matchesPython() throws {
        let script = """
        import hashlib, base64
        for n in range(201):
            data = bytes((i * 37 + n) % 256 for i in range(n))
            print(hashlib.sha1(data).hexdigest(), base64.b64encode(data).decode())
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let lines = text.split(separator: "\n")
        #expect(lines.count == 201)
        for (n, line) in lines.enumerated() {
            let data = (0..<n).map { UInt8(($0 * 37 + n) % 256) }
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            #expect(hex(SHA1.digest(data)) == parts[0], "length \(n)")
            #expect(Base64.encode(data) == parts[1], "length \(n)")
            #expect(Base64.decode(String(parts[1])) == data, "length \(n)")
        }
    }

    @Test("malformed base64 is refused", arguments: ["abc", "ab=c", "a===", "ab!d", "=abc"])
    func refusesMalformedBase64(text: String) {
        #expect(Base64.decode(text) == nil)
    }

    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
