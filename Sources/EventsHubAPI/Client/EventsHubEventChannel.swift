import SchemaWire

/// A generated Events Hub channel descriptor (`EventsHub.Channels.*`) made subscribable: its address is
/// the event type that goes into the `event_types` query and comes back as `event_type`, and its
/// subscriptions yield the channel's generated envelope type.
public protocol EventsHubEventChannel: ChannelDescriptor where Message: JSONDecodable {
    /// The event type name.
    var address: String { get }
}

extension EventsHubEventChannel {
    /// The event type is both the address and the route key.
    public var spec: ChannelSpec { ChannelSpec(address: address) }

    /// Decodes the whole envelope with its generated decoder.
    public func decodeEvents(_ message: TransportMessage) throws(JSONDecodingError) -> [Message] {
        [try WireProbe.decode(Message.self, from: message)]
    }
}

extension EventsHub.Channels.Global: EventsHubEventChannel {
    /// Broadcasts to every client.
    public typealias Message = EventsHub.Events.GlobalEvent
}

extension EventsHub.Channels.Pdfm: EventsHubEventChannel {
    /// Host and virtual-machine events.
    public typealias Message = EventsHub.Events.PdfmEvent
}

extension EventsHub.Channels.System: EventsHubEventChannel {
    /// System replies.
    public typealias Message = EventsHub.Events.SystemEvent
}

extension EventsHub.Channels.Health: EventsHubEventChannel {
    /// Health replies.
    public typealias Message = EventsHub.Events.HealthEvent
}

extension EventsHub.Channels.Orchestrator: EventsHubEventChannel {
    /// Cluster events.
    public typealias Message = EventsHub.Events.OrchestratorEvent
}

extension EventsHub.Channels.SystemLogs: EventsHubEventChannel {
    /// Log lines.
    public typealias Message = EventsHub.Events.EventMessage
}

extension EventsHub.Channels.Stats: EventsHubEventChannel {
    /// Statistics.
    public typealias Message = EventsHub.Events.EventMessage
}

extension EventsHub.Channels.ReverseProxy: EventsHubEventChannel {
    /// Reverse-proxy events.
    public typealias Message = EventsHub.Events.EventMessage
}

extension EventsHub.Channels.CatalogCache: EventsHubEventChannel {
    /// Catalog cache events.
    public typealias Message = EventsHub.Events.EventMessage
}

extension EventsHub.Channels.JobManager: EventsHubEventChannel {
    /// Job events.
    public typealias Message = EventsHub.Events.EventMessage
}

extension EventsHub.Channels.Auth: EventsHubEventChannel {
    /// User and claim events.
    public typealias Message = EventsHub.Events.EventMessage
}
