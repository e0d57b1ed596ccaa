import SchemaWire

/// `state`: one event per tracker state change, for a list of trackers.
public struct NavixyStateChannel: NavixyChannel {
    /// What a subscription yields.
    public typealias Message = NavixyStateUpdate

    /// The sub-request.
    public let request: Navixy.Requests.StateRequest

    /// Follows `trackers` (tracker ids, not source ids) in the given format.
    public init(trackers: [Int], format: Navixy.Requests.StateFormat? = nil) {
        request = Navixy.Requests.StateRequest(trackers: trackers, format: format)
    }

    /// `state`.
    public static var eventName: String { "state" }

    /// One state event.
    public static func events(from message: TransportMessage) throws(JSONDecodingError) -> [NavixyStateUpdate] {
        [.state(try WireProbe.decode(Navixy.Events.StateEvent.self, from: message))]
    }

    /// Lifecycle events are delivered as they are.
    public static func lifecycle(_ event: Navixy.Events.LifecycleEvent) -> NavixyStateUpdate? { .lifecycle(event) }
}
