import Foundation

/// A value guarded by a lock, shared between threads (socket I/O, signal handlers) and async code.
/// The one lock box of the package: every module uses it rather than a lock of its own.
///
/// `@unchecked Sendable` is safe because the only stored state, `value`, is read and written solely
/// inside `withLock`, which holds the `NSLock` for the whole access.
package final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// Wraps `value`.
    package init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
