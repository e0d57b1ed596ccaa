/// The producing end of one consumer's bounded buffer, applying its `BufferPolicy`.
struct ConsumerSink<Message: Sendable>: Sendable {
    let continuation: AsyncThrowingStream<Message, any Error>.Continuation
    let policy: BufferPolicy
    let drops: DropCounter
    let channel: String

    /// Makes the stream and its sink for `policy`.
    static func make(channel: String, policy: BufferPolicy) -> (AsyncThrowingStream<Message, any Error>, ConsumerSink) {
        let buffering: AsyncThrowingStream<Message, any Error>.Continuation.BufferingPolicy
        switch policy {
        case .dropOldest(let capacity): buffering = .bufferingNewest(max(1, capacity))
        case .dropNewest(let capacity), .failSubscription(let capacity): buffering = .bufferingOldest(max(1, capacity))
        }
        let (stream, continuation) = AsyncThrowingStream<Message, any Error>.makeStream(bufferingPolicy: buffering)
        return (stream, ConsumerSink(continuation: continuation, policy: policy, drops: DropCounter(), channel: channel))
    }

    /// Buffers one event; returns a diagnostic when an event was lost.
    func deliver(_ message: Message) -> ClientDiagnostic? {
        switch continuation.yield(message) {
        case .enqueued, .terminated:
            return nil
        case .dropped:
            let total = drops.increment()
            if case .failSubscription(let capacity) = policy {
                continuation.finish(throwing: SubscriptionError.bufferOverflow(channel: channel, capacity: capacity))
            }
            return .eventsDropped(channel: channel, total: total)
        @unknown default:
            return nil
        }
    }

    /// Ends the consumer's sequence.
    func finish(_ error: SubscriptionError?) {
        if let error { continuation.finish(throwing: error) } else { continuation.finish() }
    }
}
