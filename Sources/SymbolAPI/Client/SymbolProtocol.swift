import Foundation
import SchemaWire

/// The Symbol REST gateway's `/ws` protocol as a `ProtocolAdapter`.
///
/// - waits for the `{"uid": …}` frame before any request, and uses the uid of the *current*
///   connection for every (re)subscription;
/// - one `{"uid","subscribe":channel}` per channel, no acknowledgement exists, so every channel
///   parameter is validated locally first (a bad one makes the gateway drop the whole connection);
/// - routes pushed `{topic, data}` messages by `topic`, which echoes the subscribed channel;
/// - has no keep-alive of its own (the gateway drops idle links silently): the core's WebSocket
///   pings detect dead links;
/// - a 1013 close is reported as a `SymbolServerRejection` and reconnected with backoff.
public struct SymbolProtocol: ProtocolAdapter {
    /// The gateway's WebSocket URL, e.g. `ws://localhost:3000/ws` (the path must be exactly `/ws`).
    public let url: URL

    /// Creates the adapter for a gateway URL.
    public init(url: URL) {
        self.url = url
    }

    /// Symbol subscribes over the open socket.
    public var subscriptionStyle: SubscriptionStyle { .inBand }

    /// The upgrade request: the URL, no extra headers.
    public func connectRequest(for channels: [ChannelSpec]) throws(ClientError) -> TransportRequest {
        TransportRequest(url: url)
    }

    /// Accepts `block`, `finalizedBlock`, and `<name>` or `<name>/<address or namespace id>` for the
    /// seven account channels; the address checksum is verified.
    public func validate(_ channel: ChannelSpec) throws(ClientError) {
        try Self.validate(address: channel.address)
    }

    /// Validates a channel string as `validate(_:)` does.
    public static func validate(address: String) throws(ClientError) {
        let parts = address.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let name = SymbolChannelName(rawValue: String(parts[0])) else {
            throw .invalidChannel(address: address, reason: "unknown channel name \(parts[0])")
        }
        guard parts.count == 2 else { return }
        guard name.takesAddress else {
            throw .invalidChannel(address: address, reason: "\(name.rawValue) takes no parameter")
        }
        do {
            _ = try AddressFilter(parameter: parts[1])
        } catch {
            throw .invalidChannel(address: address, reason: error.description)
        }
    }

    /// Reads the uid frame.
    public func handshake(_ message: TransportMessage) throws(ClientError) -> SymbolSession? {
        guard let uid = WireProbe.stringMember("uid", of: message), !uid.isEmpty else {
            throw .handshakeFailed("the first frame was not {\"uid\": …}")
        }
        return SymbolSession(uid: uid)
    }

    /// Sends one subscribe request per channel.
    public func subscribe(_ channels: [ChannelSpec], session: SymbolSession, link: AdapterLink) async throws(ClientError) -> TransportMessage? {
        for channel in channels {
            try await link.send(Self.request(uid: session.uid, action: "subscribe", channel: channel.address))
        }
        return nil
    }

    /// Sends one unsubscribe request per channel.
    public func unsubscribe(_ channels: [ChannelSpec], session: SymbolSession, link: AdapterLink) async throws(ClientError) {
        for channel in channels {
            try await link.send(Self.request(uid: session.uid, action: "unsubscribe", channel: channel.address))
        }
    }

    /// The request text `{"uid":…,"<action>":…}`.
    static func request(uid: String, action: String, channel: String) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("uid", uid)
        writer.member(action, channel)
        writer.endObject()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Routes by `topic`.
    public func route(_ message: TransportMessage, session: SymbolSession) -> InboundRoute {
        guard let topic = WireProbe.stringMember("topic", of: message) else {
            return .unroutable(reason: "no topic")
        }
        return .deliver(routeKey: topic)
    }

    /// None: the core's WebSocket pings keep the link honest.
    public func keepAlive(for session: SymbolSession) -> KeepAlive? { nil }

    /// Nothing is terminal: rejections reconnect with backoff (and are reported as connection events).
    public func terminalError(for error: TransportError) -> ClientError? { nil }
}
