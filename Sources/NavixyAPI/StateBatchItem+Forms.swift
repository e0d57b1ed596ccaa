extension Navixy.Events.StateBatchItem {
    /// The source state this item carries, whether tagged (`source_state_event`, real servers) or
    /// bare (the documented form); `nil` for lifecycle changes and unknown items.
    public var sourceState: Navixy.State.SourceState? {
        switch self {
        case .sourceStateEvent(let item): item.state
        case .sourceState(let state): state
        case .lifecycleEvent, .unknown: nil
        }
    }

    /// The block, unblock or removal this item reports, if it is a lifecycle item.
    public var lifecycleChange: Navixy.Events.LifecycleChange? {
        if case .lifecycleEvent(let change) = self { change } else { nil }
    }
}
