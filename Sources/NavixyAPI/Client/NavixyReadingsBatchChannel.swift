import SchemaWire

/// `readings_batch`: sensor readings, yielded item by item; lifecycle events arrive as items too.
public struct NavixyReadingsBatchChannel: NavixyChannel {
    /// What a subscription yields.
    public typealias Message = Navixy.Events.ReadingsBatchItem

    /// The sub-request.
    public let request: Navixy.Requests.ReadingsBatchRequest

    /// Follows `target`'s readings (optionally one sensor type) at most once per `rateLimit`.
    public init(target: Navixy.Requests.Target, rateLimit: String? = nil, sensorType: Navixy.Common.SensorType? = nil, includeComponents: Bool? = nil) {
        request = Navixy.Requests.ReadingsBatchRequest(target: target, rateLimit: rateLimit, sensorType: sensorType, includeComponents: includeComponents)
    }

    /// `readings_batch`.
    public static var eventName: String { "readings_batch" }

    /// Every item of the batch.
    public static func events(from message: TransportMessage) throws(JSONDecodingError) -> [Navixy.Events.ReadingsBatchItem] {
        try WireProbe.decode(Navixy.Events.ReadingsBatchEvent.self, from: message).data
    }

    /// A lifecycle event as a lifecycle item.
    public static func lifecycle(_ event: Navixy.Events.LifecycleEvent) -> Navixy.Events.ReadingsBatchItem? { .lifecycleEvent(event.data) }
}
