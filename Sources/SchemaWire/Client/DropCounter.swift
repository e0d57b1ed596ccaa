/// A thread-safe counter of a subscription's lost events, read by the consumer and written by the
/// client actor.
final class DropCounter: Sendable {
    private let count = Locked(0)

    /// Adds one and returns the new total.
    func increment() -> Int {
        count.withLock { count in
            count += 1
            return count
        }
    }

    /// The current total.
    var value: Int { count.withLock { $0 } }
}
