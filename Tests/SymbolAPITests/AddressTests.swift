import Testing
import SchemaWire
@testable import SymbolAPI

/// `Address` in both text forms, its checksum, and the alias and channel-parameter types built on it.
@Suite struct AddressTests {
    /// A testnet address from the gateway research (a channel-name example).
    static let plain = "TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A"
    static let plainAsHex = "980EDCDE01177E007D499B0D2DBD2FC86EDF8EBD49D34E68"
    /// The beneficiary address of the SDK's block mock, in the payload (hex) form.
    static let beneficiaryHex = "9826D27E1D0A26CA4E316F901E23E55C8711DB20DFD26776"
    static let beneficiaryPlain = "TATNE7Q5BITMUTRRN6IB4I7FLSDRDWZA37JGO5Q"

    @Test func plainAddressConvertsToHexAndBack() throws {
        let address = try Address(plain: Self.plain)
        #expect(address.hex == Self.plainAsHex)
        #expect(address.network == 152)
        #expect(try Address(hex: address.hex) == address)
        #expect(address.plain == Self.plain)
        #expect(address.description == Self.plain)
    }

    @Test func payloadHexAddressConvertsToPlain() throws {
        let address = try Address(hex: Self.beneficiaryHex)
        #expect(address.plain == Self.beneficiaryPlain)
        #expect(try Address(parsing: Self.beneficiaryPlain) == address)
        #expect(try Address(hex: Self.beneficiaryHex.lowercased()) == address)
    }

    @Test func everySingleCharacterChangeIsRejected() {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        for (offset, original) in Self.plain.enumerated() {
            var characters = Array(Self.plain)
            characters[offset] = alphabet[(alphabet.firstIndex(of: original)! + 1) % 32]
            let changed = String(characters)
            #expect(throws: AddressError.self, "changed character \(offset)") { try Address(plain: changed) }
        }
    }

    @Test func checksumMismatchNamesBothChecksums() {
        var bytes = Array(try! Address(plain: Self.plain).bytes)
        bytes[5] ^= 0x01
        #expect(throws: AddressError.checksumMismatch(expected: Hex.encode(Address.checksum(of: bytes.prefix(21))), found: "D34E68")) {
            try Address(bytes: bytes)
        }
    }

    @Test func malformedTextGetsASpecificError() {
        #expect(throws: AddressError.invalidBase32Character("t", offset: 0)) { try Address(plain: Self.plain.lowercased()) }
        #expect(throws: AddressError.wrongLength(found: 38)) { try Address(plain: String(Self.plain.dropLast())) }
        #expect(throws: AddressError.invalidBase32Character("1", offset: 3)) { try Address(plain: "TAH1ZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A") }
        #expect(throws: AddressError.invalidHexCharacter("G", offset: 0)) { try Address(hex: "G" + Self.plainAsHex.dropFirst()) }
        #expect(throws: AddressError.wrongLength(found: 47)) { try Address(hex: Self.plainAsHex.dropLast()) }
        // The last character carries 2 address bits and 3 spare bits that must be zero: "A" → "B".
        #expect(throws: AddressError.nonCanonicalBase32) { try Address(plain: Self.plain.dropLast() + "B") }
    }

    @Test func generatedAddressesRoundTripThroughBothForms() throws {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for index in 0..<200 {
            let hash = (0..<20).map { _ in
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: seed >> 40)
            }
            let network: UInt8 = index.isMultiple(of: 2) ? 104 : 152
            let address = try Address(network: network, accountHash: hash)
            #expect(address.plain.count == 39)
            #expect(address.plain.first == (network == 104 ? "N" : "T"))
            #expect(try Address(plain: address.plain) == address)
            #expect(try Address(hex: address.hex) == address)
            #expect(Array(address.accountHash) == hash)
        }
    }

    /// Base32 and the checksum against Python's `base64` and `hashlib` for generated addresses.
    @Test(.enabled(if: PythonPeer.shouldRun, "python3 is not installed"))
    func generatedAddressesMatchPython() throws {
        let addresses = try (0..<50).map { index in
            try Address(network: 152, accountHash: (0..<20).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ index &* 11) })
        }
        let script = """
        import sys, base64, hashlib
        for line in sys.stdin.read().split():
            prefix = bytes.fromhex(line)
            raw = prefix + hashlib.sha3_256(prefix).digest()[:3]
            print(base64.b32encode(raw + b"\\0").decode()[:-1])
        """
        let input = addresses.map { Hex.encode($0.bytes.prefix(21)) }.joined(separator: "\n")
        let expected = try PythonPeer.run(script, input: input).split(separator: "\n").map(String.init)
        #expect(addresses.map(\.plain) == expected)
    }

    @Test func unresolvedAddressTellsAliasesFromAddresses() throws {
        let namespace = try NamespaceID(hex: "C0FB8AA409916260")
        let alias = UnresolvedAddress.alias(namespace, network: 152)
        #expect(alias.jsonString == "99" + "60629109A48AFBC0" + String(repeating: "00", count: 15))
        #expect(try UnresolvedAddress(jsonString: alias.jsonString) == alias)
        let address = try UnresolvedAddress(jsonString: Self.beneficiaryHex)
        #expect(address == .address(try Address(hex: Self.beneficiaryHex)))
        #expect(throws: AddressError.nonZeroAliasPadding) {
            try UnresolvedAddress(jsonString: "99" + "60629109A48AFBC0" + String(repeating: "00", count: 14) + "01")
        }
        #expect(throws: AddressError.namespaceAlias) { try Address(hex: alias.jsonString) }
    }

    @Test func channelParameterIsAnAddressOrANamespaceID() throws {
        #expect(try AddressFilter(parameter: Self.plain) == .address(try Address(plain: Self.plain)))
        #expect(try AddressFilter(parameter: "C0FB8AA409916260") == .namespace(NamespaceID(0xC0FB_8AA4_0991_6260)))
        #expect(try AddressFilter(parameter: "c0fb8aa409916260").parameter == "C0FB8AA409916260")
        #expect(throws: AddressError.invalidChannelParameter(length: 48)) { try AddressFilter(parameter: Self.plainAsHex) }
        #expect(throws: AddressError.invalidHexCharacter("X", offset: 15)) { try AddressFilter(parameter: "C0FB8AA40991626X") }
        #expect(throws: AddressError.self) { try AddressFilter(parameter: "TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42B") }
    }

    @Test func addressDecodesFromJSONAndEncodesAsHex() throws {
        let address = try JSONDecoding.decode(Address.self, from: "\"\(Self.plain)\"")
        #expect(JSONEncoding.encodeToString(address) == "\"\(Self.plainAsHex)\"")
        #expect(try JSONDecoding.decode(Address.self, from: JSONEncoding.encode(address)) == address)
    }

    @Test func badChecksumInJSONNamesThePointer() {
        let document = #"{"accounts": ["TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42B"]}"#
        do {
            _ = try JSONDecoding.decode([String: [Address]].self, from: document)
            Issue.record("a bad checksum decoded")
        } catch {
            #expect(error.pointer == "/accounts/0")
            #expect(error.description.contains("checksum"))
        }
    }
}
