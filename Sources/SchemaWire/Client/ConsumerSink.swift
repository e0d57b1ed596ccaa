/// One consumer's bounded buffer, applying its `BufferPolicy`: the client actor appends the messages
/// routed to the consumer's channel, the consumer's iterator takes everything waiting in one step
/// (and decodes it on its own task).
///
/// Appending never wakes the consumer; `flush()` does, once per received batch of messages, so a busy
/// feed costs one lock round and one task wake-up per batch rather than per message.
@usableFromInline
final class ConsumerSink<Message: Sendable>: Sendable {
    /// What a waiting consumer is handed.
    @usableFromInline
    enum Take: Sendable {
        /// The messages waiting, oldest first (never empty).
        case messages([Message])
        /// The end of the sequence: normal (`nil`) or with an error.
        case end(SubscriptionError?)
    }

    private struct State {
        /// Buffered messages; those before `head` were dropped by `dropOldest` and are awaiting compaction.
        var buffer: [Message] = []
        var head = 0
        var drops = 0
        var waiter: UnsafeContinuation<Take, Never>?
        /// Set once the producer ended the sequence; taken (and reset to a normal end) by the consumer.
        var ending: SubscriptionError??
        /// The consumer is gone: nothing more is buffered.
        var terminated = false
        var onTermination: (@Sendable () -> Void)?

        var count: Int { buffer.count - head }

        /// What a consumer may take now, if anything.
        mutating func takeReady() -> Take? {
            if count > 0 {
                let taken = head == 0 ? buffer : Array(buffer[head...])
                buffer = []
                head = 0
                return .messages(taken)
            }
            if terminated { return .end(nil) }
            if let ending {
                self.ending = .some(nil)
                return .end(ending)
            }
            return nil
        }

        /// Called once when the sequence ends for any reason; returns the handler to run.
        mutating func takeTerminationHandler() -> (@Sendable () -> Void)? {
            defer { onTermination = nil }
            return onTermination
        }
    }

    /// The wire address, for diagnostics.
    let channel: String
    /// The policy applied when the buffer is full.
    let policy: BufferPolicy
    private let state = Locked(State())

    /// Makes an empty buffer for `channel` with `policy`.
    init(channel: String, policy: BufferPolicy) {
        self.channel = channel
        self.policy = policy
    }

    /// How many messages this consumer has lost to its policy.
    var dropCount: Int { state.withLock { $0.drops } }

    /// Sets what runs once when the sequence ends: the consumer went away, or the producer finished.
    func setTerminationHandler(_ handler: (@Sendable () -> Void)?) {
        state.withLock { $0.onTermination = handler }
    }

    /// Buffers one message without waking the consumer; returns a diagnostic when one was lost.
    func deliver(_ message: Message) -> ClientDiagnostic? {
        deliver(contentsOf: CollectionOfOne(message))
    }

    /// Buffers `messages` in order, under one lock, without waking the consumer; returns a
    /// diagnostic with the running total when the policy lost any.
    func deliver(contentsOf messages: some Collection<Message>) -> ClientDiagnostic? {
        let capacity = policy.capacity
        let (total, handler): (Int?, (@Sendable () -> Void)?) = state.withLock { state in
            guard !state.terminated, state.ending == nil else { return (nil, nil) }
            let room = max(0, capacity - state.count)
            if messages.count <= room {
                state.buffer.append(contentsOf: messages)
                return (nil, nil)
            }
            switch policy {
            case .dropOldest:
                state.drops += messages.count - room
                state.buffer.append(contentsOf: messages.suffix(capacity))
                state.head = state.buffer.count - capacity
                if state.head >= 64, state.head * 2 >= state.buffer.count {
                    state.buffer.removeFirst(state.head)
                    state.head = 0
                }
                return (state.drops, nil)
            case .dropNewest, .failSubscription:
                state.drops += messages.count - room
                state.buffer.append(contentsOf: messages.prefix(room))
                guard case .failSubscription(let capacity) = policy else { return (state.drops, nil) }
                state.ending = .some(.bufferOverflow(channel: channel, capacity: capacity))
                return (state.drops, state.takeTerminationHandler())
            }
        }
        handler?()
        return total.map { .eventsDropped(channel: channel, total: $0) }
    }

    /// Wakes a waiting consumer when there is something for it.
    func flush() {
        let handoff: (UnsafeContinuation<Take, Never>, Take)? = state.withLock { state in
            guard let waiter = state.waiter, let ready = state.takeReady() else { return nil }
            state.waiter = nil
            return (waiter, ready)
        }
        if let (waiter, ready) = handoff { waiter.resume(returning: ready) }
    }

    /// Ends the sequence after the buffered messages: normally (`nil`) or with `error`.
    func finish(_ error: SubscriptionError?) {
        let handler = state.withLock { state -> (@Sendable () -> Void)? in
            guard !state.terminated, state.ending == nil else { return nil }
            state.ending = .some(error)
            return state.takeTerminationHandler()
        }
        flush()
        handler?()
    }

    /// Ends the sequence of a consumer whose subscribe the server refused, without running the
    /// termination handler (which would unsubscribe what was never subscribed).
    func endRefused() {
        setTerminationHandler(nil)
        finish(nil)
    }

    /// The consumer is gone (its iterator and sequence were released, or its task was cancelled):
    /// drop what is buffered, release a waiting `take`, and run the termination handler.
    func terminate() {
        let (waiter, handler) = state.withLock { state -> (UnsafeContinuation<Take, Never>?, (@Sendable () -> Void)?) in
            guard !state.terminated else { return (nil, nil) }
            state.terminated = true
            state.buffer = []
            state.head = 0
            defer { state.waiter = nil }
            return (state.waiter, state.takeTerminationHandler())
        }
        waiter?.resume(returning: .end(nil))
        handler?()
    }

    /// Everything buffered, waiting until there is at least one message or the end. Cancelling the
    /// waiting task ends the consumer, as ending the iteration does.
    @usableFromInline
    func take(isolation actor: isolated (any Actor)? = #isolation) async -> Take {
        if let ready = state.withLock({ $0.takeReady() }) { return ready }
        return await withTaskCancellationHandler {
            await withUnsafeContinuation(isolation: actor) { continuation in
                let ready = state.withLock { state -> Take? in
                    if let ready = state.takeReady() { return ready }
                    state.waiter = continuation
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        } onCancel: {
            terminate()
        }
    }
}

/// Ends a consumer when the last copy of its `Subscription` and of its iterator is released, so that
/// breaking out of a `for try await` loop unsubscribes as cancelling the task does.
@usableFromInline
final class ConsumerLifetime: Sendable {
    private let end: @Sendable () -> Void

    init(_ end: @escaping @Sendable () -> Void) {
        self.end = end
    }

    deinit { end() }
}

/// What the client keeps of one registered consumer while its subscribe is under way.
struct ConsumerRecord: Sendable {
    /// The consumer's fanout.
    let key: FanoutKey
    /// The consumer's number within the fanout.
    let id: UInt64
    /// The channel as the wire sees it.
    let spec: ChannelSpec
    /// Whether this consumer was the first to hold its address (so its subscribe goes on the wire).
    let isFirst: Bool
    /// Ends the consumer's sequence without unsubscribing.
    let endRefused: @Sendable () -> Void
}
