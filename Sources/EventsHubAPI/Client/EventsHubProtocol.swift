import Foundation
import SchemaWire

/// The Events Hub WebSocket protocol (`GET /api/v1/ws/subscribe?event_types=…`) as a `ProtocolAdapter`.
///
/// - authenticates with `Authorization: Bearer` or `X-Api-Key`;
/// - the channels (event types) travel in the `event_types` query, so a new type means a new
///   connection; removing a type calls the REST unsubscribe with the welcome message's `client_id`;
/// - routes pushed envelopes by `event_type`; `pong` replies are absorbed, server `error` replies go
///   to diagnostics;
/// - keeps the link alive with the `health` ping (every 30 s by default);
/// - a 401 on the upgrade is a terminal authentication error, never a reconnect loop.
public struct EventsHubProtocol: ProtocolAdapter, CustomStringConvertible {
    /// The server's HTTP(S) base URL, e.g. `http://127.0.0.1:5680`; the socket uses ws(s) on it.
    public let baseURL: URL
    /// The credentials (never printed).
    public let credentials: EventsHubCredential
    /// Interval of the `health` ping; `nil` disables it. Default 30 s.
    public let healthPingInterval: Duration?

    /// Creates the adapter.
    public init(baseURL: URL, credentials: EventsHubCredential, healthPingInterval: Duration? = .seconds(30)) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.healthPingInterval = healthPingInterval
    }

    /// The REST client for the same server and credentials.
    public var rest: EventsHubREST { EventsHubREST(baseURL: baseURL, credentials: credentials) }

    /// Channels are fixed at connect time.
    public var subscriptionStyle: SubscriptionStyle { .atConnect }

    /// `ws(s)://host/api/v1/ws/subscribe?event_types=a,b` with the credential header.
    public func connectRequest(for channels: [ChannelSpec]) throws(ClientError) -> TransportRequest {
        guard var components = URLComponents(url: baseURL.appendingPathComponent("api/v1/ws/subscribe"), resolvingAgainstBaseURL: false) else {
            throw .protocolViolation("the base URL cannot carry a path")
        }
        components.scheme = components.scheme == "https" || components.scheme == "wss" ? "wss" : "ws"
        let types = channels.map(\.address)
        components.queryItems = types.isEmpty ? nil : [URLQueryItem(name: "event_types", value: types.joined(separator: ","))]
        guard let url = components.url else { throw .protocolViolation("cannot build the subscribe URL") }
        return TransportRequest(url: url, headers: [HTTPHeaderField(name: credentials.headerName, value: credentials.headerValue)])
    }

    /// Event type names are lowercase letters and underscores (the server lowercases and skips unknown ones).
    public func validate(_ channel: ChannelSpec) throws(ClientError) {
        let name = channel.address
        guard !name.isEmpty, name.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F }) else {
            throw .invalidChannel(address: name, reason: "an event type is lowercase letters and underscores")
        }
    }

    /// Waits for the welcome message and takes its `client_id`.
    public func handshake(_ message: TransportMessage) throws(ClientError) -> EventsHubSession? {
        guard let body = try? WireProbe.decodeMember("body", as: JSONValue.self, from: message),
              let clientID = body["client_id"]?.stringValue else {
            return nil // not the welcome message yet
        }
        let subscriptions = body["subscriptions"]?.arrayValue?.compactMap(\.stringValue) ?? []
        return EventsHubSession(clientID: clientID, subscriptions: subscriptions)
    }

    /// Nothing to send: the types are in the connect query.
    public func subscribe(_ channels: [ChannelSpec], session: EventsHubSession, link: AdapterLink) async throws(ClientError) -> TransportMessage? {
        nil
    }

    /// Calls the REST unsubscribe; anything but a full success is an error.
    public func unsubscribe(_ channels: [ChannelSpec], session: EventsHubSession, link: AdapterLink) async throws(ClientError) {
        let result = try await rest.unsubscribe(clientID: session.clientID, eventTypes: channels.map(\.address))
        switch result {
        case .unsubscribed: return
        case .unauthorized(let detail): throw .authenticationFailed(status: 401, detail: detail)
        default: throw .protocolViolation("unsubscribe: \(result)")
        }
    }

    /// Routes by `event_type`; absorbs `pong`; reports server `error` replies.
    public func route(_ message: TransportMessage, session: EventsHubSession) -> InboundRoute {
        guard let eventType = WireProbe.stringMember("event_type", of: message) else {
            return .unroutable(reason: "no event_type")
        }
        let text = WireProbe.stringMember("message", of: message)
        if eventType == "health", text == "pong" { return .ignore }
        if text == "error" { return .unroutable(reason: "server reported an error") }
        return .deliver(routeKey: eventType)
    }

    /// The `health` ping.
    public func keepAlive(for session: EventsHubSession) -> KeepAlive? {
        healthPingInterval.map { KeepAlive(interval: $0, text: #"{"event_type":"health","message":"ping"}"#) }
    }

    /// A 401 (or 403) on the upgrade ends the client.
    public func terminalError(for error: TransportError) -> ClientError? {
        guard case .upgradeRejected(let status, let body) = error, status == 401 || status == 403 else { return nil }
        let object = try? JSONValue(parsing: body)
        let detail = object?["error_description"]?.stringValue ?? object?["error"]?.stringValue ?? ""
        return .authenticationFailed(status: status, detail: detail)
    }

    /// The server and the kind of credential, never the secret.
    public var description: String { "EventsHubProtocol(\(baseURL.host ?? "?"), \(credentials))" }
}
