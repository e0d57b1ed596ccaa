/// The typed answer of `POST /api/v1/ws/unsubscribe`.
public enum EventsHubUnsubscribeResult: Sendable, Hashable, CustomStringConvertible {
    /// 200 with an empty body: every requested type was removed.
    case unsubscribed
    /// 200 with a `{message, code}` body: some types were removed, others failed (e.g. `global`).
    case partiallyUnsubscribed(message: String)
    /// 400: unknown client id, a type not subscribed, empty or invalid types.
    case rejected(message: String)
    /// 401: the credentials were refused.
    case unauthorized(detail: String)
    /// 503: the event emitter is not running.
    case serviceUnavailable(message: String)
    /// Any other status.
    case unexpectedStatus(Int, body: String)

    /// One line.
    public var description: String {
        switch self {
        case .unsubscribed: return "unsubscribed"
        case .partiallyUnsubscribed(let message): return "partially unsubscribed: \(message)"
        case .rejected(let message): return "rejected (400): \(message)"
        case .unauthorized(let detail): return "unauthorized (401): \(detail)"
        case .serviceUnavailable(let message): return "service unavailable (503): \(message)"
        case .unexpectedStatus(let status, let body): return "unexpected HTTP \(status): \(body)"
        }
    }
}
