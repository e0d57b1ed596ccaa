import Foundation
import SchemaWire

/// The Navixy user-API event socket (`/event/subscription`, spoken through Atmosphere) as a
/// `ProtocolAdapter`.
///
/// - the upgrade URL carries the Atmosphere query parameters;
/// - the first frame `uuid|interval|padding|` starts the heartbeat (the padding, sent every
///   interval); bare `X` frames from the server are ignored;
/// - subscribe/unsubscribe in the `requests` form (or the legacy form), each answered by a
///   `response` or an `error` message, which becomes `ClientError.apiError(code:description:)`;
/// - events route by `event`; `logout` ends the session (terminal, no reconnect).
public struct NavixyProtocol: ProtocolAdapter, CustomStringConvertible {
    /// The API base URL, e.g. `https://api.eu.navixy.com/v2` (the socket is `<base>/event/subscription`).
    public let baseURL: URL
    /// The session hash or API key hash sent with every request (never printed).
    public let hash: String
    /// The request form. Default `.requests`.
    public let requestForm: NavixyRequestForm
    /// Whether to ask for ISO 8601 date-times (`iso_datetime: true` in each request). Default `false`.
    public let isoDateTime: Bool

    /// Creates the adapter.
    public init(baseURL: URL, hash: String, requestForm: NavixyRequestForm = .requests, isoDateTime: Bool = false) {
        self.baseURL = baseURL
        self.hash = hash
        self.requestForm = requestForm
        self.isoDateTime = isoDateTime
    }

    /// Subscriptions travel over the socket.
    public var subscriptionStyle: SubscriptionStyle { .inBand }

    /// `wss://<base>/event/subscription?X-Atmosphere-tracking-id=0&…` (ws for http bases).
    public func connectRequest(for channels: [ChannelSpec]) throws(ClientError) -> TransportRequest {
        guard var components = URLComponents(url: baseURL.appendingPathComponent("event/subscription"), resolvingAgainstBaseURL: false) else {
            throw .protocolViolation("the base URL cannot carry a path")
        }
        components.scheme = components.scheme == "http" || components.scheme == "ws" ? "ws" : "wss"
        components.queryItems = [
            URLQueryItem(name: "X-Atmosphere-tracking-id", value: "0"),
            URLQueryItem(name: "X-Atmosphere-Framework", value: "2.3.6-javascript"),
            URLQueryItem(name: "X-Atmosphere-Transport", value: "websocket"),
            URLQueryItem(name: "Content-Type", value: "application/json"),
            URLQueryItem(name: "X-atmo-protocol", value: "true"),
        ]
        guard let url = components.url else { throw .protocolViolation("cannot build the subscription URL") }
        return TransportRequest(url: url)
    }

    /// Channels must carry their sub-request; the legacy form only expresses `state`.
    public func validate(_ channel: ChannelSpec) throws(ClientError) {
        guard let request = channel.request, request["type"]?.stringValue != nil else {
            throw .invalidChannel(address: channel.address, reason: "a Navixy channel needs its sub-request")
        }
        if requestForm == .legacy, request["type"]?.stringValue != "state" {
            throw .invalidChannel(address: channel.address, reason: "the legacy request form only carries state subscriptions")
        }
    }

    /// Reads the Atmosphere handshake frame (skipping heartbeats before it).
    public func handshake(_ message: TransportMessage) throws(ClientError) -> NavixySession? {
        let text = message.text
        if text == "X" || text.isEmpty { return nil }
        guard let session = NavixySession(handshakeFrame: text) else {
            throw .handshakeFailed("the first frame was not the Atmosphere handshake")
        }
        return session
    }

    /// Sends one subscribe request for all `channels` and returns the server's `response`; an `error`
    /// answer throws `ClientError.apiError`.
    public func subscribe(_ channels: [ChannelSpec], session: NavixySession, link: AdapterLink) async throws(ClientError) -> TransportMessage? {
        let reply = try await link.request(requestText(action: "subscribe", channels), replyKey: "subscription/subscribe")
        try Self.checkReply(reply)
        return reply
    }

    /// Sends one unsubscribe request for all `channels`; an `error` answer throws.
    public func unsubscribe(_ channels: [ChannelSpec], session: NavixySession, link: AdapterLink) async throws(ClientError) {
        let reply = try await link.request(requestText(action: "unsubscribe", channels), replyKey: "subscription/unsubscribe")
        try Self.checkReply(reply)
    }

    /// The request text in the configured form.
    func requestText(action: String, _ channels: [ChannelSpec]) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("action", action)
        writer.member("hash", hash)
        switch requestForm {
        case .requests:
            writer.member("requests", channels.compactMap(\.request))
        case .legacy:
            let trackers = channels.flatMap { $0.request?["trackers"]?.arrayValue ?? [] }
            writer.member("events", ["state"])
            writer.member("trackers", JSONValue.array(trackers))
        }
        if isoDateTime { writer.member("iso_datetime", true) }
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Throws the API error carried by an `error` reply.
    static func checkReply(_ reply: TransportMessage) throws(ClientError) {
        guard WireProbe.stringMember("type", of: reply) == "error" else { return }
        let status = try? WireProbe.decodeMember("status", as: JSONValue.self, from: reply)
        let code = status?["code"]?.numberValue?.int64Value.map { Int($0) } ?? -1
        throw .apiError(code: code, description: status?["description"]?.stringValue ?? "")
    }

    /// Routes by `type` and `event`.
    public func route(_ message: TransportMessage, session: NavixySession) -> InboundRoute {
        if message.bytes.first != UInt8(ascii: "{") {
            return message.text == session.heartbeatPadding || message.text.contains("|") ? .ignore : .unroutable(reason: "not JSON")
        }
        switch WireProbe.stringMember("type", of: message) {
        case "event":
            guard let event = WireProbe.stringMember("event", of: message) else { return .unroutable(reason: "event without a name") }
            if event == "logout" {
                let reason = WireProbe.stringMember("data", of: message) ?? "logout"
                return .terminate(.sessionEnded(reason: reason))
            }
            return .deliver(routeKey: event)
        case "response", "error":
            guard let action = WireProbe.stringMember("action", of: message), action != "null" else {
                return .unroutable(reason: "error without a request")
            }
            return .reply(key: action)
        default:
            return .unroutable(reason: "unknown message type")
        }
    }

    /// The Atmosphere heartbeat at the interval the server asked for.
    public func keepAlive(for session: NavixySession) -> KeepAlive? {
        KeepAlive(interval: session.heartbeatInterval, text: session.heartbeatPadding)
    }

    /// Only `logout` (a message, see `route`) is terminal; connection failures reconnect.
    public func terminalError(for error: TransportError) -> ClientError? { nil }

    /// The server, never the hash.
    public var description: String { "NavixyProtocol(\(baseURL.host ?? "?"), hash: <redacted>)" }
}
