import SchemaWire

/// A thread-safe increasing counter for synthetic sequence numbers (block heights, event ids).
final class SimulatorCounter: Sendable {
    private let value: Locked<Int>

    init(start: Int) {
        value = Locked(start)
    }

    /// The next number.
    func next() -> Int {
        value.withLock { value in
            value += 1
            return value
        }
    }
}
