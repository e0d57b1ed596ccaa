extension Navixy.Events.ReadingsBatchItem {
    /// The readings this item carries keyed by tracker id (as text), whether tagged
    /// (`readings_event`: one tracker; its `timestamp` stays on the item) or in the documented form
    /// (any number of trackers); empty for lifecycle changes and unknown items.
    public var readingsByTracker: Navixy.Readings.ReadingsByTracker {
        switch self {
        case .readingsEvent(let item):
            [String(item.trackerId): Navixy.Readings.TrackerReadings(
                inputs: item.inputs, states: item.states, virtualSensors: item.virtualSensors, counters: item.counters
            )]
        case .readingsByTracker(let readings): readings
        case .lifecycleEvent, .unknown: [:]
        }
    }

    /// The block, unblock or removal this item reports, if it is a lifecycle item.
    public var lifecycleChange: Navixy.Events.LifecycleChange? {
        if case .lifecycleEvent(let change) = self { change } else { nil }
    }
}
