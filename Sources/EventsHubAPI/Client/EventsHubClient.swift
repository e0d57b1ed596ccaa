import Foundation
import SchemaWire
import SchemaWireSocket

/// The typed Events Hub client: a `ChannelClient` speaking `EventsHubProtocol`.
public typealias EventsHubClient = ChannelClient<EventsHubProtocol>

extension ChannelClient where Adapter == EventsHubProtocol {
    /// A client for the server at `baseURL` (e.g. `http://localhost:5680`), over SchemaWireSocket by default.
    public init(
        baseURL: URL,
        credentials: EventsHubCredential,
        healthPingInterval: Duration? = .seconds(30),
        transport: any ClientTransport = SocketClientTransport(),
        configuration: ClientConfiguration = ClientConfiguration()
    ) {
        self.init(
            adapter: EventsHubProtocol(baseURL: baseURL, credentials: credentials, healthPingInterval: healthPingInterval),
            transport: transport, configuration: configuration
        )
    }

    /// Calls the REST unsubscribe for this connection's `client_id` and returns the typed answer.
    /// Subscriptions held by consumers stay registered (and come back on the next connect): this is
    /// the raw server call; ending a consumer's iteration is the usual way to unsubscribe.
    public func restUnsubscribe(eventTypes: [String]) async throws(ClientError) -> EventsHubUnsubscribeResult {
        guard let session = currentSession else { throw .connectionLost }
        return try await adapter.rest.unsubscribe(clientID: session.clientID, eventTypes: eventTypes)
    }
}
