import SchemaWire

/// A thread-safe on/off switch for simulator failure modes.
final class SimulatorSwitch: Sendable {
    private let value: Locked<Bool>

    init(_ value: Bool) {
        self.value = Locked(value)
    }

    var isOn: Bool { value.withLock { $0 } }

    func set(_ newValue: Bool) {
        value.withLock { $0 = newValue }
    }
}
