/// Something the client noticed that did not end any subscription: surfaced, never swallowed.
public enum ClientDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// A message no channel claims (unknown event, unknown topic). `excerpt` is its first bytes.
    case unroutable(reason: String, excerpt: String)
    /// A message for `channel` that did not decode into the channel's type.
    case malformed(channel: String, error: String, excerpt: String)
    /// A subscription to `channel` lost messages to its buffer policy; `total` counts every loss of
    /// that subscription so far.
    case eventsDropped(channel: String, total: Int)
    /// A keep-alive or ping failed (the connection is then recycled).
    case keepAliveFailed(String)
    /// A wire operation (subscribe, unsubscribe) failed; the subscription stays registered and is
    /// retried after the next reconnect.
    case wireOperationFailed(operation: String, error: String)

    /// A short description.
    public var description: String {
        switch self {
        case .unroutable(let reason, let excerpt): return "unroutable message (\(reason)): \(excerpt)"
        case .malformed(let channel, let error, let excerpt): return "malformed message on \(channel): \(error) — \(excerpt)"
        case .eventsDropped(let channel, let total): return "\(channel): \(total) messages dropped so far"
        case .keepAliveFailed(let why): return "keep-alive failed: \(why)"
        case .wireOperationFailed(let operation, let error): return "\(operation) failed: \(error)"
        }
    }

    /// The first 120 bytes of a message, for diagnostics.
    static func excerpt(of message: TransportMessage) -> String {
        let prefix = message.bytes.prefix(120)
        let text = String(decoding: prefix, as: UTF8.self)
        return message.bytes.count > 120 ? text + "…" : text
    }
}
