extension Navixy.Responses.SubscriptionResult {
    /// The status of each tracker asked for, keyed by tracker id (as text), whichever form the
    /// server answered in (`{success, value}` or the legacy bare map).
    public var statuses: Navixy.Responses.TrackerStatuses {
        switch self {
        case .subscriptionOutcome(let outcome): outcome.value
        case .trackerStatuses(let statuses): statuses
        }
    }

    /// The `success` flag when the server sent one; the legacy form and many real servers do not.
    public var success: Bool? {
        if case .subscriptionOutcome(let outcome) = self { outcome.success } else { nil }
    }
}
