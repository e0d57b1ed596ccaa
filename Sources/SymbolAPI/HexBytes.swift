import SchemaWire

/// A byte string of any length carried as uppercase hex, e.g. a transfer message.
public struct HexBytes: JSONStringRepresentable, ExpressibleByArrayLiteral {
    /// The bytes.
    public let bytes: [UInt8]

    /// Wraps bytes.
    public init(_ bytes: some Sequence<UInt8>) {
        self.bytes = Array(bytes)
    }

    /// Wraps an array literal of bytes.
    public init(arrayLiteral elements: UInt8...) {
        self.bytes = elements
    }

    /// Parses an even-length hex string.
    public init(jsonString: String) throws(HexDecodingError) {
        self.bytes = try Hex.decode(jsonString)
    }

    /// The phrase used in decoding errors.
    public static var expectedFormat: String { "an even-length hex string" }

    /// The uppercase hex wire form.
    public var jsonString: String { Hex.encode(bytes) }

    /// The uppercase hex form.
    public var description: String { jsonString }
}
