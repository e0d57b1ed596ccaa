import Dispatch
import SchemaWire

/// Runs async work from one of the server's own threads and waits for its result there.
///
/// Only ever called on threads this module created (never on the cooperative pool), so the
/// semaphore wait blocks nothing that Swift concurrency needs.
enum BlockingBridge {
    static func wait<T: Sendable>(_ operation: @escaping @Sendable () async -> T) -> T {
        let result = Locked<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let value = await operation()
            result.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        return result.withLock { $0! }
    }
}
