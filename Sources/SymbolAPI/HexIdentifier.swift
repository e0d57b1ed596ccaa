import SchemaWire

/// A 64-bit identifier carried as 16 hex characters, most significant digit first, as Symbol
/// prints mosaic and namespace ids (e.g. `"3A8416DB2D53B6C8"`).
///
/// Parsing accepts either case and exactly 16 characters; output is uppercase.
public struct HexIdentifier<Kind: IdentifierKind>: JSONStringRepresentable, Comparable {
    /// The identifier's numeric value.
    public let value: UInt64

    /// Wraps a numeric value.
    public init(_ value: UInt64) {
        self.value = value
    }

    /// Parses the 16-character hex form.
    public init(hex: some StringProtocol) throws(HexDecodingError) {
        let bytes = try Hex.decode(hex, byteCount: 8, type: Kind.name)
        self.value = bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Parses the hex wire form.
    public init(jsonString: String) throws(HexDecodingError) {
        try self.init(hex: jsonString)
    }

    /// The phrase used in decoding errors.
    public static var expectedFormat: String { "a 16-character hex \(Kind.name)" }

    /// The 16-character uppercase hex form.
    public var hex: String {
        Hex.encode(stride(from: 56, through: 0, by: -8).map { UInt8(truncatingIfNeeded: value >> UInt64($0)) })
    }

    /// The hex wire form.
    public var jsonString: String { hex }

    /// The hex form.
    public var description: String { hex }

    /// Orders by numeric value.
    public static func < (lhs: HexIdentifier, rhs: HexIdentifier) -> Bool {
        lhs.value < rhs.value
    }
}
