/// What a server's upgrade hook decides about one upgrade request.
public enum WebSocketUpgradeDecision: Sendable, Hashable {
    /// Switch protocols, adding `headers` to the `101` answer and choosing `subprotocol` (which must
    /// be one the client offered).
    case accept(headers: WebSocketHTTPHeaders = [:], subprotocol: String? = nil)
    /// Answer with this HTTP response instead (e.g. 401, 409, 503) and close.
    case reject(WebSocketHTTPResponse)
}
