import SchemaWire

/// A byte string of a fixed length, carried on the wire as uppercase hex (`2 × byteCount`
/// characters), e.g. a 32-byte hash as 64 hex characters.
///
/// Parsing checks the length and the alphabet (either case is accepted; output is uppercase).
/// The concrete types are aliases such as ``Hash256``, ``PublicKey`` and ``Signature``.
public struct FixedHex<Kind: FixedHexKind>: JSONStringRepresentable {
    /// The bytes; always `Kind.byteCount` of them.
    public let bytes: [UInt8]

    /// Wraps `bytes`, which must be exactly `Kind.byteCount` long.
    public init(bytes: some Collection<UInt8>) throws(HexDecodingError) {
        guard bytes.count == Kind.byteCount else {
            throw .wrongLength(type: Kind.name, expected: Kind.byteCount * 2, found: bytes.count * 2)
        }
        self.bytes = Array(bytes)
    }

    /// Parses the hex form.
    public init(hex: some StringProtocol) throws(HexDecodingError) {
        self.bytes = try Hex.decode(hex, byteCount: Kind.byteCount, type: Kind.name)
    }

    /// Parses the hex wire form.
    public init(jsonString: String) throws(HexDecodingError) {
        try self.init(hex: jsonString)
    }

    /// The phrase used in decoding errors.
    public static var expectedFormat: String { "a \(Kind.byteCount * 2)-character hex \(Kind.name)" }

    /// The uppercase hex form.
    public var hex: String { Hex.encode(bytes) }

    /// The uppercase hex wire form.
    public var jsonString: String { hex }

    /// The uppercase hex form.
    public var description: String { hex }
}
