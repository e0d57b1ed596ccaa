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
    func matchesPython() async throws {
        let script = """
        import hashlib, base64, json
        for n in range(201):
            data = bytes((i * 37 + n) % 256 for i in range(n))
            print(json.dumps({"n": n, "sha1": hashlib.sha1(data).hexdigest(), "base64": base64.b64encode(data).decode()}))
        """
        let events = try await PeerProcess(script: script, arguments: []).waitForExit()
        #expect(events.count == 201)
        for event in events {
            let n = Int(event["n"] ?? "") ?? -1
            let data = (0..<max(n, 0)).map { UInt8(($0 * 37 + n) % 256) }
            #expect(hex(SHA1.digest(data)) == event["sha1"], "length \(n)")
            #expect(Base64.encode(data) == event["base64"], "length \(n)")
            #expect(Base64.decode(event["base64"] ?? "") == data, "length \(n)")
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
