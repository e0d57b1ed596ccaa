import Foundation

/// A value guarded by a lock, shared between the I/O threads and async code.
///
/// `@unchecked Sendable` is safe because every read and write of `value` goes through `withLock`,
/// which holds the `NSLock` for the whole access.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
