/// Why a text is not a Navixy session hash. Never carries the text itself: it may be a real secret
/// with a typo.
public enum SessionHashError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text does not have exactly 32 characters.
    case wrongLength(Int)
    /// The character at this (zero-based) position is not a hexadecimal digit.
    case notHexadecimal(position: Int)

    /// What is wrong, without the text.
    public var description: String {
        switch self {
        case .wrongLength(let length): "a session hash has 32 hexadecimal characters, this one has \(length)"
        case .notHexadecimal(let position): "a session hash has only hexadecimal characters, character \(position + 1) is not one"
        }
    }
}
