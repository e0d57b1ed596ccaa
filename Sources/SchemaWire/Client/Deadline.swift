import Foundation

/// Runs `operation` but stops waiting for it after `timeout`: returns its result, or `nil` when the
/// time ran out first (the operation's task is then cancelled and abandoned, so an operation that ignores
/// cancellation cannot hang the caller). Cancelling the caller also stops the wait.
func withDeadline<T: Sendable>(
    _ timeout: Duration,
    _ operation: @escaping @Sendable () async throws -> T
) async throws -> T? {
    let race = DeadlineRace<T>()
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T?, any Error>) in
            race.install(continuation)
            let worker = Task {
                do { race.finish(.success(try await operation())) } catch { race.finish(.failure(error)) }
            }
            let timer = Task {
                try? await Task.sleep(for: timeout)
                race.finish(.success(nil))
                worker.cancel()
            }
            race.onFinish { timer.cancel() }
        }
    } onCancel: {
        race.finish(.failure(CancellationError()))
    }
}

/// The shared state of one `withDeadline` call: the first result wins, later ones are ignored.
// @unchecked Sendable: every stored property is read and written only while holding `lock`.
private final class DeadlineRace<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T?, any Error>?
    private var early: Result<T?, any Error>?
    private var cleanup: (@Sendable () -> Void)?
    private var done = false

    func install(_ continuation: CheckedContinuation<T?, any Error>) {
        lock.lock()
        if let early {
            done = true
            lock.unlock()
            continuation.resume(with: early)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    func onFinish(_ action: @escaping @Sendable () -> Void) {
        lock.lock()
        if done {
            lock.unlock()
            action()
            return
        }
        cleanup = action
        lock.unlock()
    }

    func finish(_ result: Result<T?, any Error>) {
        lock.lock()
        guard !done else { lock.unlock(); return }
        guard let continuation else {
            if early == nil { early = result }
            lock.unlock()
            return
        }
        done = true
        self.continuation = nil
        let action = cleanup
        cleanup = nil
        lock.unlock()
        continuation.resume(with: result)
        action?()
    }
}
