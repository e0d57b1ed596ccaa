import SchemaWire

/// A typed Events Hub channel: one event type (`pdfm`, `orchestrator`, …) and, by its type, the
/// envelope type every subscription to it yields.
public struct EventsHubChannel<Message: JSONDecodable>: ChannelDescriptor {
    /// The event type name as it goes into `event_types` and comes back as `event_type`.
    public let eventType: String

    /// Creates a channel for an event type.
    public init(eventType: String) {
        self.eventType = eventType
    }

    /// The event type is both the address and the route key.
    public var spec: ChannelSpec { ChannelSpec(address: eventType) }

    /// Decodes the whole envelope.
    public func decodeEvents(_ message: TransportMessage) throws(JSONDecodingError) -> [Message] {
        [try WireProbe.decode(Message.self, from: message)]
    }
}
