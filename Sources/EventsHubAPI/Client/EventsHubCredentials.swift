import SchemaWire

/// How the Events Hub client authenticates. The secret never appears in `description`.
public enum EventsHubCredentials: Sendable, Hashable, CustomStringConvertible {
    /// `Authorization: Bearer <token>`.
    case bearer(String)
    /// `X-Api-Key: <key>`.
    case apiKey(String)

    /// The header that carries the credential.
    public var header: HTTPHeaderField {
        switch self {
        case .bearer(let token): return HTTPHeaderField(name: "Authorization", value: "Bearer \(token)")
        case .apiKey(let key): return HTTPHeaderField(name: "X-Api-Key", value: key)
        }
    }

    /// The kind of credential, without the secret.
    public var description: String {
        switch self {
        case .bearer: return "bearer token <redacted>"
        case .apiKey: return "API key <redacted>"
        }
    }
}
