/// Why a string or byte sequence is not a valid Symbol address (or channel address parameter).
public enum AddressError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text has a length that is neither form: 39 base32 characters or 48 hex characters.
    case wrongLength(found: Int)
    /// A byte sequence is not 24 bytes long.
    case wrongByteCount(found: Int)
    /// A character outside the uppercase base32 alphabet `A-Z2-7`, at the given offset.
    case invalidBase32Character(Character, offset: Int)
    /// The last base32 character has non-zero spare bits, so the text is not the canonical encoding.
    case nonCanonicalBase32
    /// A character outside the hex alphabet, at the given offset.
    case invalidHexCharacter(Character, offset: Int)
    /// The 3 checksum bytes do not match SHA3-256 of the first 21 bytes.
    case checksumMismatch(expected: String, found: String)
    /// The bytes are a namespace alias (lowest bit of the first byte set), not an account address.
    case namespaceAlias
    /// An alias address whose bytes after the namespace id are not all zero.
    case nonZeroAliasPadding
    /// A channel parameter that is neither a 39-character base32 address nor a 16-hex namespace id.
    case invalidChannelParameter(length: Int)

    /// One line saying what is wrong.
    public var description: String {
        switch self {
        case .wrongLength(let found):
            return "address must be 39 base32 or 48 hex characters, found \(found)"
        case .wrongByteCount(let found):
            return "address must be 24 bytes, found \(found)"
        case .invalidBase32Character(let character, let offset):
            return "invalid base32 character \"\(character)\" at character \(offset) of address"
        case .nonCanonicalBase32:
            return "address is not canonical base32 (the last character has spare bits set)"
        case .invalidHexCharacter(let character, let offset):
            return "invalid hex character \"\(character)\" at character \(offset) of address"
        case .checksumMismatch(let expected, let found):
            return "address checksum mismatch: expected \(expected), found \(found)"
        case .namespaceAlias:
            return "bytes are a namespace alias, not an account address"
        case .nonZeroAliasPadding:
            return "namespace alias address has non-zero bytes after the namespace id"
        case .invalidChannelParameter(let length):
            return "channel parameter must be a 39-character base32 address or a 16-character hex namespace id, found \(length) characters"
        }
    }
}
