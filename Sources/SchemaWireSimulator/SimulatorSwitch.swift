import Foundation

/// A thread-safe on/off switch for simulator failure modes.
// @unchecked Sendable: `value` is only read and written while holding `lock`.
final class SimulatorSwitch: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Bool

    init(_ value: Bool) {
        self.value = value
    }

    var isOn: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set(_ newValue: Bool) {
        lock.lock()
        value = newValue
        lock.unlock()
    }
}
