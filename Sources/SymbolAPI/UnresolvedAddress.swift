import SchemaWire

/// An address as a transaction carries it (e.g. a transfer's `recipientAddress`): either a real
/// account address or a namespace alias that the chain resolves later.
///
/// On the wire both are 24 bytes in hex. An alias has the lowest bit of its first byte set (network
/// byte | 1), then the namespace id in 8 little-endian bytes, then 15 zero bytes; it has no checksum.
public enum UnresolvedAddress: JSONStringRepresentable {
    /// A real account address, checksum verified.
    case address(Address)
    /// A namespace alias on the given network.
    case alias(NamespaceID, network: UInt8)

    /// Classifies and validates 24 bytes.
    public init(bytes: some Collection<UInt8>) throws(AddressError) {
        let bytes = Array(bytes)
        guard bytes.count == Address.byteCount else { throw .wrongByteCount(found: bytes.count) }
        guard bytes[0] & 1 == 1 else {
            self = .address(try Address(bytes: bytes))
            return
        }
        guard bytes[9...].allSatisfy({ $0 == 0 }) else { throw .nonZeroAliasPadding }
        let id = bytes[1...8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        self = .alias(NamespaceID(id), network: bytes[0] & 0xFE)
    }

    /// Parses the hex form (the wire form), or the base32 form of a real address.
    public init(jsonString: String) throws(AddressError) {
        if jsonString.count == Address.hexLength {
            try self.init(bytes: Address.hexBytes(jsonString))
        } else {
            self = .address(try Address(plain: jsonString))
        }
    }

    /// The phrase used in decoding errors.
    public static var expectedFormat: String { "a 48-character hex Symbol address or namespace alias" }

    /// The 24 bytes.
    public var bytes: [UInt8] {
        switch self {
        case .address(let address):
            return address.bytes
        case .alias(let namespace, let network):
            let id = (0..<8).map { UInt8(truncatingIfNeeded: namespace.value >> UInt64($0 * 8)) }
            return [network | 1] + id + [UInt8](repeating: 0, count: 15)
        }
    }

    /// The 48-character uppercase hex wire form.
    public var jsonString: String { Hex.encode(bytes) }

    /// The base32 form for an address, `@<namespace id>` for an alias.
    public var description: String {
        switch self {
        case .address(let address): return address.description
        case .alias(let namespace, _): return "@\(namespace.hex)"
        }
    }
}
