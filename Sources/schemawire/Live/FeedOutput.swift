/// How a live feed prints what arrives.
enum FeedOutput: Sendable, Hashable {
    /// Aligned columns with the typed summary of each event; `throttle` prints at most one line per
    /// channel per interval and folds the rest into a count (the demo), `nil` prints every event.
    case human(throttle: Duration?)
    /// One re-encoded typed message per line (JSON lines).
    case json
    /// The frames exactly as received, one per line.
    case raw
}
