import SchemaWire

/// Why the Symbol gateway closed the connection. It never answers a bad request with a message: it
/// closes with 1013 and the error text as the reason, or with no code at all (seen as 1005).
public enum SymbolServerRejection: Sendable, Hashable, CustomStringConvertible {
    /// `unknown topic category <name>`: the channel name is not one the gateway knows.
    case unknownTopic(String)
    /// `unexpected param to block subscription`: `block` or `finalizedBlock` got a parameter.
    case unexpectedBlockParameter
    /// `<param> does not represent a valid encoded address` or `illegal base32 character …`.
    case invalidAddress(String)
    /// `address param missing from address subscription` (servers with optional addresses disabled).
    case addressMissing
    /// `Max subscriptions reached.`: the gateway-wide channel cap (500 by default) was hit.
    case maxSubscriptionsReached
    /// Another 1013 reason (e.g. a failed send, or a JSON syntax error in the request).
    case other(String)
    /// A close without a code: the request lacked the right uid or had a malformed field.
    case malformedRequest

    /// Classifies a transport failure; `nil` when it is not a gateway rejection.
    public init?(_ error: TransportError) {
        guard case .closed(let code, let reason) = error else { return nil }
        switch code {
        case 1013?:
            if reason.hasPrefix("unknown topic category ") {
                self = .unknownTopic(String(reason.dropFirst("unknown topic category ".count)))
            } else if reason.hasPrefix("unexpected param to block subscription") {
                self = .unexpectedBlockParameter
            } else if reason.contains("does not represent a valid encoded address") || reason.hasPrefix("illegal base32 character") {
                self = .invalidAddress(reason)
            } else if reason.hasPrefix("address param missing") {
                self = .addressMissing
            } else if reason.hasPrefix("Max subscriptions reached") {
                self = .maxSubscriptionsReached
            } else {
                self = .other(reason)
            }
        case nil, 1005?:
            self = .malformedRequest
        default:
            return nil
        }
    }

    /// The rejection as a client error.
    public var clientError: ClientError {
        switch self {
        case .malformedRequest: return .rejectedByServer(code: nil, reason: description)
        default: return .rejectedByServer(code: 1013, reason: description)
        }
    }

    /// One line naming the cause.
    public var description: String {
        switch self {
        case .unknownTopic(let name): return "unknown channel \(name)"
        case .unexpectedBlockParameter: return "block channels take no parameter"
        case .invalidAddress(let why): return "invalid address parameter: \(why)"
        case .addressMissing: return "the server requires an address parameter"
        case .maxSubscriptionsReached: return "the gateway's subscription limit is reached"
        case .other(let reason): return reason
        case .malformedRequest: return "the server closed without a code (malformed request or wrong uid)"
        }
    }
}
