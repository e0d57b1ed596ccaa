import Foundation

/// A thread-safe counter of a subscription's lost events, read by the consumer and written by the
/// client actor.
// @unchecked Sendable: the only stored state, `count`, is read and written under `lock`.
final class DropCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// Adds one and returns the new total.
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }

    /// The current total.
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
