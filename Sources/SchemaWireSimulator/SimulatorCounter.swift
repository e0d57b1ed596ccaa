import Foundation

/// A thread-safe increasing counter for synthetic sequence numbers (block heights, event ids).
// @unchecked Sendable: `value` is only read and written while holding `lock`.
final class SimulatorCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int

    init(start: Int) {
        value = start
    }

    /// The next number.
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
