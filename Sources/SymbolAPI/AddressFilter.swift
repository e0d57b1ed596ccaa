import SchemaWire

/// The `{address}` parameter of Symbol's account channels (`confirmedAdded/{address}`, …): a plain
/// base32 address, or a 16-hex namespace id that selects transactions using that alias.
///
/// Omit the parameter altogether (a `nil` filter) to receive the event for every address. The
/// gateway closes the whole connection on a malformed parameter, so parse it here before sending.
public enum AddressFilter: JSONStringRepresentable {
    /// Events concerning this account.
    case address(Address)
    /// Events of transactions that use this namespace as an alias.
    case namespace(NamespaceID)

    /// Parses a channel parameter: 16 hex characters is a namespace id, anything else must be a
    /// 39-character base32 address with a valid checksum (the gateway rejects the hex form here).
    public init(parameter text: some StringProtocol) throws(AddressError) {
        switch text.count {
        case 16:
            do {
                self = .namespace(try NamespaceID(hex: text))
            } catch {
                guard case .invalidCharacter(let character, let offset) = error else {
                    throw .invalidChannelParameter(length: 16)
                }
                throw .invalidHexCharacter(character, offset: offset)
            }
        case Address.base32Length:
            self = .address(try Address(plain: text))
        default:
            throw .invalidChannelParameter(length: text.count)
        }
    }

    /// Parses the parameter text.
    public init(jsonString: String) throws(AddressError) {
        try self.init(parameter: jsonString)
    }

    /// The phrase used in decoding errors.
    public static var expectedFormat: String { "a 39-character base32 address or a 16-character hex namespace id" }

    /// The text that goes after the `/` in the channel name.
    public var parameter: String {
        switch self {
        case .address(let address): return address.plain
        case .namespace(let namespace): return namespace.hex
        }
    }

    /// The channel parameter text.
    public var jsonString: String { parameter }

    /// The channel parameter text.
    public var description: String { parameter }
}
