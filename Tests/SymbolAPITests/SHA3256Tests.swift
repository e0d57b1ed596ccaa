import Testing
@testable import SymbolAPI

/// SHA3-256 against the FIPS 202 / NIST example values and, for many more lengths, against
/// Python's `hashlib.sha3_256`.
@Suite struct SHA3256Tests {
    static func hex(_ bytes: [UInt8]) -> String { Hex.encode(bytes).lowercased() }

    @Test func emptyMessage() {
        #expect(Self.hex(SHA3256.hash([])) == "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")
    }

    @Test func abc() {
        #expect(Self.hex(SHA3256.hash(Array("abc".utf8))) == "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532")
    }

    @Test func twoHundredBytesOfA3SpanTwoBlocks() {
        let message = [UInt8](repeating: 0xA3, count: 200)
        #expect(Self.hex(SHA3256.hash(message)) == "79f38adec5c20307a98ef76e8324afbfd46cfd81b22e3973c65fa1bd9de31787")
    }

    @Test func nist448And896BitMessages() {
        let short = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        let long = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(Self.hex(SHA3256.hash(Array(short.utf8))) == "41c0dba2a9d6240849100376a8235e2c82e1b9998a999e21db32dd97496d3376")
        #expect(Self.hex(SHA3256.hash(Array(long.utf8))) == "916f6061fe879741ca6469b43971dfdb28b1a32dc36cb3254e812be27aad1d18")
    }

    @Test func incrementalUpdatesEqualOneShot() {
        let message = (0..<500).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var hasher = SHA3256()
        hasher.update(message[..<1])
        hasher.update(message[1..<136])
        hasher.update(message[136..<137])
        hasher.update(message[137...])
        #expect(hasher.finalize() == SHA3256.hash(message))
    }

    @Test func byteAtATimeAndNonContiguousInputEqualOneShot() {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var hasher = SHA3256()
        for byte in message { hasher.update(CollectionOfOne(byte)) }
        #expect(hasher.finalize() == SHA3256.hash(message))
        #expect(SHA3256.hash((0..<300).lazy.map { UInt8(truncatingIfNeeded: $0 &* 7) }) == SHA3256.hash(message))
    }

    /// Every length from 0 to 420 bytes (around each block boundary of 136) against Python.
    @Test(.enabled(if: PythonPeer.shouldRun, "python3 is not installed"))
    func matchesPythonHashlibForManyLengths() throws {
        let messages = (0...420).map { length in (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ length) } }
        let script = """
        import sys, hashlib
        for line in sys.stdin.read().split("\\n"):
            print(hashlib.sha3_256(bytes.fromhex(line[1:])).hexdigest())
        """
        let input = messages.map { "#" + Self.hex($0) }.joined(separator: "\n")
        let expected = try PythonPeer.run(script, input: input).split(separator: "\n").map(String.init)
        try #require(expected.count == messages.count)
        for (message, digest) in zip(messages, expected) {
            #expect(Self.hex(SHA3256.hash(message)) == digest, "length \(message.count)")
        }
    }
}
