/// How a client proves who it is to the Events Hub: a bearer token (`Authorization: Bearer …`) or
/// an API key (`X-Api-Key: …`), sent with the WebSocket upgrade and the REST unsubscribe call.
///
/// The secret never shows itself: `description`, `debugDescription`, `dump` and interpolation print
/// the kind only, and errors never contain it. Only ``headerValue`` (for the transport) reveals it.
public struct EventsHubCredential: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Which header carries the secret.
    public enum Kind: String, Sendable, Hashable {
        /// `Authorization: Bearer <token>` (a JWT from the service's login).
        case bearerToken = "Authorization"
        /// `X-Api-Key: <key>`.
        case apiKey = "X-Api-Key"
    }

    /// Which header carries the secret.
    public let kind: Kind
    private let secret: String

    /// A bearer token, checked to be sendable as a header value.
    public static func bearerToken(_ token: String) throws(EventsHubCredentialError) -> EventsHubCredential {
        try EventsHubCredential(kind: .bearerToken, secret: token)
    }

    /// An API key, checked to be sendable as a header value.
    public static func apiKey(_ key: String) throws(EventsHubCredentialError) -> EventsHubCredential {
        try EventsHubCredential(kind: .apiKey, secret: key)
    }

    private init(kind: Kind, secret: String) throws(EventsHubCredentialError) {
        guard !secret.allSatisfy(\.isWhitespace) else { throw .empty }
        // Visible ASCII and inner spaces only: no CR/LF (header injection), no other controls.
        for (offset, scalar) in secret.unicodeScalars.enumerated() where !(0x20...0x7E).contains(scalar.value) {
            throw .invalidCharacter(offset: offset)
        }
        self.kind = kind
        self.secret = secret
    }

    /// The header's name: `Authorization` or `X-Api-Key`.
    public var headerName: String { kind.rawValue }

    /// The header's value, secret included (`Bearer <token>` or the key). Hand it to the transport
    /// only; never log it.
    public var headerValue: String {
        switch kind {
        case .bearerToken: return "Bearer " + secret
        case .apiKey: return secret
        }
    }

    /// The kind and header, without the secret, e.g. `EventsHubCredential(X-Api-Key: <redacted>)`.
    public var description: String { "EventsHubCredential(\(headerName): <redacted>)" }
    /// Same as ``description``.
    public var debugDescription: String { description }
    /// A mirror with no children, so `dump` and reflection do not reveal the secret.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
