/// The seam between the generic client core and one API's wire protocol.
///
/// The core owns connections, reconnects, the subscription registry, buffers and keep-alive; the
/// adapter says how to open a connection, how the handshake goes, what to send to (un)subscribe, where
/// each inbound message belongs and which failures are final.
public protocol ProtocolAdapter: Sendable {
    /// Per-connection state learnt in the handshake (Symbol `uid`, Events Hub `client_id`, Navixy
    /// heartbeat interval).
    associatedtype Session: Sendable

    /// How channels reach the server.
    var subscriptionStyle: SubscriptionStyle { get }

    /// The upgrade request. `channels` are the active channels (Events Hub puts them in the query).
    func connectRequest(for channels: [ChannelSpec]) throws(ClientError) -> TransportRequest

    /// Checks a channel before anything is sent for it; throws `ClientError.invalidChannel`.
    func validate(_ channel: ChannelSpec) throws(ClientError)

    /// Feeds one message received before the session is ready; returns the session when the handshake
    /// is complete, `nil` to wait for more.
    func handshake(_ message: TransportMessage) throws(ClientError) -> Session?

    /// Subscribes `channels` on the wire (one or several requests). Returns the server's reply when the
    /// protocol has one, so typed facades can decode it.
    func subscribe(_ channels: [ChannelSpec], session: Session, link: AdapterLink) async throws(ClientError) -> TransportMessage?

    /// Unsubscribes `channels` on the wire (or over a side channel such as REST).
    func unsubscribe(_ channels: [ChannelSpec], session: Session, link: AdapterLink) async throws(ClientError)

    /// Classifies one inbound message after the handshake.
    func route(_ message: TransportMessage, session: Session) -> InboundRoute

    /// The protocol's own keep-alive for this session, if any.
    func keepAlive(for session: Session) -> KeepAlive?

    /// Whether a close or failure ends the client for good; `nil` means reconnect.
    func terminalError(for error: TransportError) -> ClientError?
}

/// How a protocol adds channels.
public enum SubscriptionStyle: Sendable, Hashable {
    /// Subscribe and unsubscribe requests travel over the open socket (Navixy, Symbol).
    case inBand
    /// Channels are fixed when connecting (Events Hub's `event_types` query): a new channel needs a new
    /// connection; removal goes through `unsubscribe` (e.g. a REST call) or waits for the next connect.
    case atConnect
}

/// Where an inbound message goes.
public enum InboundRoute: Sendable, Hashable {
    /// To every subscription whose `ChannelSpec.routeKeys` contains the key.
    case deliver(routeKey: String)
    /// An answer to a pending request registered with `AdapterLink.request`.
    case reply(key: String)
    /// Protocol noise that needs no action (heartbeats, pongs).
    case ignore
    /// Nobody's: reported on the diagnostics stream.
    case unroutable(reason: String)
    /// The session is over; every subscription ends with this error and nothing reconnects.
    case terminate(ClientError)
}

/// A protocol-level heartbeat: `text` is sent every `interval`.
public struct KeepAlive: Sendable, Hashable {
    /// Time between heartbeats.
    public let interval: Duration
    /// The heartbeat message.
    public let text: String

    /// Creates a keep-alive.
    public init(interval: Duration, text: String) {
        self.interval = interval
        self.text = text
    }
}

/// What an adapter may do on the current connection while it (un)subscribes.
public struct AdapterLink: Sendable {
    private let sendText: @Sendable (String) async throws(ClientError) -> Void
    private let sendRequest: @Sendable (String, String) async throws(ClientError) -> TransportMessage

    /// Creates a link from two closures (the core supplies them).
    public init(
        send: @escaping @Sendable (String) async throws(ClientError) -> Void,
        request: @escaping @Sendable (_ text: String, _ replyKey: String) async throws(ClientError) -> TransportMessage
    ) {
        self.sendText = send
        self.sendRequest = request
    }

    /// Sends a text message.
    public func send(_ text: String) async throws(ClientError) {
        try await sendText(text)
    }

    /// Sends a text message and waits for the next message the router classifies as `.reply(key:)`.
    public func request(_ text: String, replyKey: String) async throws(ClientError) -> TransportMessage {
        try await sendRequest(text, replyKey)
    }
}
