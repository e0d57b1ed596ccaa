/// Why a token or API key cannot be sent as an HTTP header. Never contains the secret itself.
public enum EventsHubCredentialError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The secret is empty (or only whitespace).
    case empty
    /// The secret contains a character that cannot appear in a header value (a control character
    /// such as CR or LF, or a non-ASCII character), at the given character offset.
    case invalidCharacter(offset: Int)

    /// One line saying what is wrong, without the secret.
    public var description: String {
        switch self {
        case .empty: return "Events Hub credential is empty"
        case .invalidCharacter(let offset): return "Events Hub credential has a character not allowed in an HTTP header at offset \(offset)"
        }
    }
}
