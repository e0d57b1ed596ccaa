/// Which form of `state_batch` / `readings_batch` items the Navixy simulator sends.
public enum NavixyBatchForm: Sendable, Hashable {
    /// What real servers send: items tagged `source_state_event` / `readings_event` / `lifecycle_event`.
    case tagged
    /// What the published docs show: bare source-state objects (and a `user_time`).
    case documented
}
