import SchemaWire

/// `iot_monitor` (Data Stream Analyzer): the latest attribute values of up to 10 trackers.
public struct NavixyIotMonitorChannel: NavixyChannel {
    /// What a subscription yields.
    public typealias Message = Navixy.Events.IotMonitorEvent

    /// The sub-request.
    public let request: Navixy.Requests.IotMonitorRequest

    /// Follows `target` at most once per `rateLimit`.
    public init(target: Navixy.Requests.Target, rateLimit: String? = nil) {
        request = Navixy.Requests.IotMonitorRequest(target: target, rateLimit: rateLimit)
    }

    /// `iot_monitor`.
    public static var eventName: String { "iot_monitor" }

    /// The event.
    public static func events(from message: TransportMessage) throws(JSONDecodingError) -> [Navixy.Events.IotMonitorEvent] {
        [try WireProbe.decode(Navixy.Events.IotMonitorEvent.self, from: message)]
    }

    /// Not subscribed to lifecycle events.
    public static func lifecycle(_ event: Navixy.Events.LifecycleEvent) -> Navixy.Events.IotMonitorEvent? { nil }

    /// Not subscribed to lifecycle events.
    public static var receivesLifecycle: Bool { false }
}
