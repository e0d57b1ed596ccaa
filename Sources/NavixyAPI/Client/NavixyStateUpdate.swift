/// What a `state` subscription yields: a tracker's new state, or a lifecycle change (block, unblock,
/// corrupt) of one of its trackers.
public enum NavixyStateUpdate: Sendable, Hashable {
    /// A `state` event.
    case state(Navixy.Events.StateEvent)
    /// A `lifecycle` event.
    case lifecycle(Navixy.Events.LifecycleEvent)
}
