import Foundation

/// The hand-off between a connection's reader thread and the task iterating its messages.
///
/// The reader pushes whole batches (everything parsed from one socket read) and blocks, on its own
/// thread, while more than `maximumBytes` wait unconsumed — TCP then pushes back on the peer. The
/// consumer takes everything waiting in one step, so the lock is taken once per batch, not per message.
///
/// `@unchecked Sendable` is safe because every stored property is read and written only while
/// `condition` is locked.
final class MessageInbox: @unchecked Sendable {
    private let condition = NSCondition()
    private let maximumBytes: Int
    private var queue: [WebSocketMessage] = []
    private var queuedBytes = 0
    private var waiter: UnsafeContinuation<[WebSocketMessage]?, any Error>?
    private var ending: WebSocketError??
    private var cancelled = false
    private var producerBlocked = false
    private var discardsNewMessages = false
    private var onCancel: (@Sendable () -> Void)?

    init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }

    /// Sets what runs when a waiting consumer's task is cancelled.
    func setCancellationHandler(_ handler: @escaping @Sendable () -> Void) {
        condition.lock()
        onCancel = handler
        condition.unlock()
    }

    /// Whether the reader is paused because the consumer is behind (the peer's pongs are then unread).
    var isProducerBlocked: Bool {
        condition.lock()
        defer { condition.unlock() }
        return producerBlocked
    }

    /// Adds a batch; blocks the calling (reader) thread while the consumer is too far behind.
    func push(_ batch: [WebSocketMessage], bytes: Int) {
        condition.lock()
        while queuedBytes > 0, queuedBytes + bytes > maximumBytes, ending == nil, !cancelled, !discardsNewMessages {
            producerBlocked = true
            condition.wait()
        }
        producerBlocked = false
        deliverLocked(batch, bytes: bytes)
    }

    /// Adds a batch at once, whatever is queued.
    func pushAllowingOverflow(_ batch: [WebSocketMessage], bytes: Int) {
        condition.lock()
        deliverLocked(batch, bytes: bytes)
    }

    /// Bytes waiting for the consumer (for tests of the bound).
    var queuedByteCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return queuedBytes
    }

    /// Stops accepting messages and releases a waiting reader at once (the connection is being torn
    /// down; what is already queued stays readable).
    func discardNewMessages() {
        condition.lock()
        discardsNewMessages = true
        condition.broadcast()
        condition.unlock()
    }

    /// Must hold the lock; releases it.
    private func deliverLocked(_ batch: [WebSocketMessage], bytes: Int) {
        if ending != nil || cancelled || discardsNewMessages {
            condition.unlock()
            return
        }
        if let waiter {
            self.waiter = nil
            condition.unlock()
            waiter.resume(returning: batch)
            return
        }
        queue.append(contentsOf: batch)
        queuedBytes += bytes
        condition.unlock()
    }

    /// Ends the sequence after the queued messages: normally (`nil`) or with `error`.
    func finish(_ error: WebSocketError?) {
        condition.lock()
        if ending == nil { ending = .some(error) }
        let resumable = queue.isEmpty ? waiter : nil
        if resumable != nil { waiter = nil }
        condition.broadcast()
        condition.unlock()
        if let resumable {
            if let error { resumable.resume(throwing: error) } else { resumable.resume(returning: nil) }
        }
    }

    /// Everything queued, waiting for at least one message; nil once the sequence has ended.
    func take() async throws -> [WebSocketMessage]? {
        if let batch = takeQueued() { return batch }
        return try await withTaskCancellationHandler {
            try await withUnsafeThrowingContinuation { continuation in
                condition.lock()
                if let batch = takeQueuedLocked() {
                    condition.unlock()
                    continuation.resume(returning: batch)
                } else if let ending {
                    condition.unlock()
                    if let error = ending { continuation.resume(throwing: error) } else { continuation.resume(returning: nil) }
                } else if cancelled {
                    condition.unlock()
                    continuation.resume(throwing: WebSocketError.cancelled)
                } else {
                    waiter = continuation
                    condition.unlock()
                }
            }
        } onCancel: {
            condition.lock()
            cancelled = true
            let pending = waiter
            waiter = nil
            let handler = onCancel
            condition.broadcast()
            condition.unlock()
            pending?.resume(throwing: WebSocketError.cancelled)
            handler?()
        }
    }

    private func takeQueued() -> [WebSocketMessage]? {
        condition.lock()
        defer { condition.unlock() }
        return takeQueuedLocked()
    }

    /// Must hold the lock. Takes the queue if it is not empty; throws away nothing.
    private func takeQueuedLocked() -> [WebSocketMessage]? {
        guard !queue.isEmpty else { return nil }
        let batch = queue
        queue = []
        queuedBytes = 0
        condition.broadcast()
        return batch
    }
}
