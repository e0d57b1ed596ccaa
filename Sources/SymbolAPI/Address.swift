import SchemaWire

/// A Symbol account address: 24 bytes (network byte, 20-byte account hash, 3-byte checksum).
///
/// Two text forms exist: the *plain* 39-character base32 form used in channel names (e.g.
/// `TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A`) and the 48-character hex form used inside REST and
/// WebSocket payloads. Both parse; every parse checks that the last 3 bytes equal the first 3 bytes
/// of SHA3-256 over the first 21. The JSON form is hex, as the gateway sends it; ``description`` and
/// ``plain`` give base32.
public struct Address: JSONStringRepresentable {
    /// The number of bytes in an address.
    public static let byteCount = 24
    /// The length of the base32 form.
    public static let base32Length = 39
    /// The length of the hex form.
    public static let hexLength = 48
    /// The number of bytes covered by the checksum (network byte + account hash).
    static let checkedByteCount = 21

    /// The 24 bytes.
    public let bytes: [UInt8]

    /// Validates 24 bytes (length and checksum).
    public init(bytes: some Collection<UInt8>) throws(AddressError) {
        let bytes = Array(bytes)
        guard bytes.count == Address.byteCount else { throw .wrongByteCount(found: bytes.count) }
        let expected = Address.checksum(of: bytes.prefix(Address.checkedByteCount))
        let found = Array(bytes.suffix(3))
        guard expected == found else {
            if bytes[0] & 1 == 1 { throw .namespaceAlias }
            throw .checksumMismatch(expected: Hex.encode(expected), found: Hex.encode(found))
        }
        self.bytes = bytes
    }

    /// Builds the address of `accountHash` (20 bytes, RIPEMD-160 of the SHA3 of the public key) on
    /// `network` (e.g. 104 mainnet, 152 testnet), computing the checksum.
    public init(network: UInt8, accountHash: some Collection<UInt8>) throws(AddressError) {
        guard accountHash.count == 20 else { throw .wrongByteCount(found: accountHash.count + 4) }
        let prefix = [network] + Array(accountHash)
        try self.init(bytes: prefix + Address.checksum(of: prefix))
    }

    /// Parses the 39-character base32 form (uppercase only, as the gateway requires).
    public init(plain text: some StringProtocol) throws(AddressError) {
        let bytes: [UInt8]
        do {
            bytes = try Base32.decode(text, byteCount: Address.byteCount)
        } catch {
            switch error {
            case .invalidCharacter(let character, let offset): throw .invalidBase32Character(character, offset: offset)
            case .nonCanonical: throw .nonCanonicalBase32
            case .wrongLength(let count): throw .wrongLength(found: count)
            }
        }
        try self.init(bytes: bytes)
    }

    /// Parses the 48-character hex form (either case).
    public init(hex text: some StringProtocol) throws(AddressError) {
        try self.init(bytes: Address.hexBytes(text))
    }

    /// Parses either form, telling them apart by length.
    public init(parsing text: some StringProtocol) throws(AddressError) {
        if text.count == Address.hexLength {
            try self.init(hex: text)
        } else {
            try self.init(plain: text)
        }
    }

    /// Parses either form (the wire carries hex; base32 is accepted too, as the official SDK does).
    public init(jsonString: String) throws(AddressError) {
        try self.init(parsing: jsonString)
    }

    /// The 24 bytes of a 48-character hex address, with no checksum check.
    static func hexBytes(_ text: some StringProtocol) throws(AddressError) -> [UInt8] {
        guard text.count == Address.hexLength else { throw .wrongLength(found: text.count) }
        do {
            return try Hex.decode(text)
        } catch {
            guard case .invalidCharacter(let character, let offset) = error else { throw .wrongLength(found: text.count) }
            throw .invalidHexCharacter(character, offset: offset)
        }
    }

    /// The first 3 bytes of SHA3-256 over `prefix` (network byte + account hash).
    public static func checksum(of prefix: some Sequence<UInt8>) -> [UInt8] {
        Array(SHA3256.hash(prefix).prefix(3))
    }

    /// The phrase used in decoding errors.
    public static var expectedFormat: String { "a Symbol address (48 hex or 39 base32 characters, valid checksum)" }

    /// The network byte, e.g. 104 (mainnet) or 152 (testnet).
    public var network: UInt8 { bytes[0] }

    /// The 20-byte account hash between the network byte and the checksum.
    public var accountHash: ArraySlice<UInt8> { bytes[1..<21] }

    /// The 39-character base32 form, as used in channel names.
    public var plain: String { Base32.encode(bytes) }

    /// The 48-character uppercase hex form, as in payloads.
    public var hex: String { Hex.encode(bytes) }

    /// The hex form: what the gateway sends inside payloads.
    public var jsonString: String { hex }

    /// The base32 form.
    public var description: String { plain }
}
