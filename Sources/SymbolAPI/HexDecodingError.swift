/// Why a string is not the hex encoding Symbol uses for bytes and identifiers.
public enum HexDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The string has an odd number of characters, so it cannot encode whole bytes.
    case oddLength(Int)
    /// The string has the wrong number of hex characters for the type named.
    case wrongLength(type: String, expected: Int, found: Int)
    /// A character outside `0-9`, `A-F` and `a-f`, at the given character offset.
    case invalidCharacter(Character, offset: Int)

    /// One line saying what is wrong.
    public var description: String {
        switch self {
        case .oddLength(let count):
            return "hex string has an odd length (\(count) characters)"
        case .wrongLength(let type, let expected, let found):
            return "\(type) must be \(expected) hex characters, found \(found)"
        case .invalidCharacter(let character, let offset):
            return "invalid hex character \"\(character)\" at character \(offset)"
        }
    }
}
