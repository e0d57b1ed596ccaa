import SchemaWire

/// `state_batch`: batches of tracker states, yielded item by item (both the tagged items real servers
/// send and the bare states the docs show); lifecycle events arrive as `.lifecycleEvent` items.
public struct NavixyStateBatchChannel: NavixyChannel {
    /// What a subscription yields.
    public typealias Message = Navixy.Events.StateBatchItem

    /// The sub-request.
    public let request: Navixy.Requests.StateBatchRequest

    /// Follows `target` with at most one batch per `rateLimit` (e.g. `"5s"`).
    public init(target: Navixy.Requests.Target, rateLimit: String? = nil, format: Navixy.Requests.StateFormat? = nil) {
        request = Navixy.Requests.StateBatchRequest(target: target, rateLimit: rateLimit, format: format)
    }

    /// `state_batch`.
    public static var eventName: String { "state_batch" }

    /// Every item of the batch.
    public static func events(from message: TransportMessage) throws(JSONDecodingError) -> [Navixy.Events.StateBatchItem] {
        try WireProbe.decode(Navixy.Events.StateBatchEvent.self, from: message).data
    }

    /// A lifecycle event as a lifecycle item.
    public static func lifecycle(_ event: Navixy.Events.LifecycleEvent) -> Navixy.Events.StateBatchItem? { .lifecycleEvent(event.data) }
}
