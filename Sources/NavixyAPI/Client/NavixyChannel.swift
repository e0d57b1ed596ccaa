import SchemaWire

/// A typed Navixy subscription: one sub-request of the `requests` form (a generated
/// `Navixy.Requests.*Request`) and, by the conforming type, the events its subscriptions yield.
///
/// Navixy has a single socket channel in its AsyncAPI document; these descriptors are the logical
/// channels on it. Every message routes by its `event` name, so two subscriptions of the same kind
/// (e.g. two `state_batch` targets) both receive all events of that kind.
public protocol NavixyChannel: ChannelDescriptor {
    /// The sub-request, as the generated request type.
    associatedtype Request: JSONEncodable & Hashable
    /// The sub-request sent in `requests`.
    var request: Request { get }
    /// The `event` name of the messages this channel receives.
    static var eventName: String { get }
    /// Decodes one message named `eventName` into events.
    static func events(from message: TransportMessage) throws(JSONDecodingError) -> [Message]
    /// Turns a `lifecycle` event for this channel's trackers into an event, or `nil` when the channel
    /// does not receive lifecycle events.
    static func lifecycle(_ event: Navixy.Events.LifecycleEvent) -> Message?
    /// Whether `lifecycle` events are delivered to this channel (default `true`).
    static var receivesLifecycle: Bool { get }
}

extension NavixyChannel {
    /// The wire identity is the event name plus the encoded sub-request; lifecycle events route here too
    /// when the channel takes them.
    public var spec: ChannelSpec {
        let bytes = JSONEncoding.encode(request)
        let body = try? JSONValue(parsing: bytes)
        var keys: Set<String> = [Self.eventName]
        if Self.receivesLifecycle { keys.insert("lifecycle") }
        return ChannelSpec(address: Self.eventName + String(decoding: bytes, as: UTF8.self), routeKeys: keys, request: body)
    }

    /// Lifecycle events are delivered by default.
    public static var receivesLifecycle: Bool { true }

    /// Lifecycle events are decoded with the generated decoder; everything else by `events(from:)`.
    public func decodeEvents(_ message: TransportMessage) throws(JSONDecodingError) -> [Message] {
        if WireProbe.stringMember("event", of: message) == "lifecycle" {
            let event = try WireProbe.decode(Navixy.Events.LifecycleEvent.self, from: message)
            return Self.lifecycle(event).map { [$0] } ?? []
        }
        return try Self.events(from: message)
    }
}
