/// What the Symbol gateway assigns a connection: the `uid` every request must echo. A new connection
/// gets a new uid; the old one is worthless after a reconnect.
public struct SymbolSession: Sendable, Hashable {
    /// The connection's uid (32 base32 characters on real servers).
    public let uid: String

    /// Creates a session.
    public init(uid: String) {
        self.uid = uid
    }
}
