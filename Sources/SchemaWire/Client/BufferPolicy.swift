/// What a subscription does when its consumer falls behind and its bounded buffer is full.
///
/// The buffer holds received messages until the consumer's iterator takes and decodes them; it
/// never grows beyond `capacity` messages, so a slow consumer cannot exhaust memory or hold up other
/// channels. Most messages carry one event; a batch message (Navixy `state_batch`) counts once.
/// Whatever the policy, a lost message is counted (`Subscription.droppedCount`) and reported on the
/// client's diagnostics stream; nothing is dropped silently.
public enum BufferPolicy: Sendable, Hashable {
    /// Keep the newest `capacity` messages; the oldest buffered one is discarded and counted.
    case dropOldest(capacity: Int)
    /// Keep the oldest `capacity` messages; the incoming one is discarded and counted.
    case dropNewest(capacity: Int)
    /// End the subscription with `SubscriptionError.bufferOverflow` when the buffer overflows.
    case failSubscription(capacity: Int)

    /// The default: `dropOldest(capacity: 1024)` — a real-time consumer usually wants the latest state.
    public static let `default` = BufferPolicy.dropOldest(capacity: 1024)

    /// The number of messages the buffer holds at most.
    public var capacity: Int {
        switch self {
        case .dropOldest(let capacity), .dropNewest(let capacity), .failSubscription(let capacity):
            return max(1, capacity)
        }
    }
}
