/// Why a string is not a canonical decimal `UInt64` (the form `"0"` or `[1-9][0-9]*`, at most
/// 18446744073709551615).
public enum DecimalUInt64Error: Error, Sendable, Hashable, CustomStringConvertible {
    /// The string is empty.
    case empty
    /// The string starts with a sign (`+` or `-`); the wire form never carries one.
    case sign(Character)
    /// A character other than an ASCII digit, at the given character offset.
    case invalidCharacter(Character, offset: Int)
    /// More than one digit with a leading `0` (e.g. `"007"`), which the wire form never uses.
    case leadingZero(String)
    /// The digits are valid but the number is larger than `UInt64.max`.
    case overflow(String)

    /// One line saying what is wrong.
    public var description: String {
        switch self {
        case .empty:
            return "empty string is not a decimal uint64"
        case .sign(let sign):
            return "decimal uint64 must not start with a sign, found \"\(sign)\""
        case .invalidCharacter(let character, let offset):
            return "decimal uint64 may only contain digits 0-9, found \"\(character)\" at character \(offset)"
        case .leadingZero(let text):
            return "decimal uint64 must not have leading zeros, found \"\(DecimalUInt64Error.excerpt(text))\""
        case .overflow(let text):
            return "decimal uint64 exceeds 18446744073709551615, found \"\(DecimalUInt64Error.excerpt(text))\""
        }
    }

    /// The first characters of `text`, so a huge input does not flood a log line.
    static func excerpt(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}
