/// The events of one channel for one consumer, as an `AsyncSequence` whose element type the channel
/// descriptor fixes.
///
/// Iterate it once, from one task. Ending the iteration (breaking out and releasing the subscription,
/// or cancelling the task) releases the consumer; when the channel's last consumer goes, the client
/// unsubscribes on the wire. The sequence survives reconnects. It ends with a `SubscriptionError` when
/// the client ends or the buffer overflows under `BufferPolicy.failSubscription`.
///
/// Messages arrive in batches and are decoded by the iterator, on the consuming task: it takes
/// everything buffered at once, then decodes and hands out one message's events at a time without
/// locking or suspending. A fast feed costs one wake-up per batch, and the client's actor only
/// routes, so decoding for several subscriptions runs in parallel. A message that does not decode
/// into the channel's type is reported on the client's diagnostics stream and skipped.
public struct Subscription<Channel: ChannelDescriptor>: AsyncSequence, Sendable {
    /// The channel's message type.
    public typealias Element = Channel.Message
    /// The error the sequence can end with (a `SubscriptionError`).
    public typealias Failure = any Error

    /// The channel this subscription follows.
    public let channel: Channel
    /// The server's answer to the wire subscribe that activated the channel, when the protocol has one
    /// (Navixy); `nil` otherwise or while the channel waits for a connection.
    public let receipt: TransportMessage?
    /// Who this consumer is to the client that registered it.
    let consumer: ConsumerRecord
    @usableFromInline let sink: ConsumerSink<TransportMessage>
    @usableFromInline let lifetime: ConsumerLifetime
    @usableFromInline let report: @Sendable (ClientDiagnostic) -> Void

    init(
        channel: Channel, consumer: ConsumerRecord, receipt: TransportMessage?, sink: ConsumerSink<TransportMessage>,
        report: @escaping @Sendable (ClientDiagnostic) -> Void
    ) {
        self.channel = channel
        self.consumer = consumer
        self.receipt = receipt
        self.sink = sink
        self.report = report
        lifetime = ConsumerLifetime { [sink] in sink.terminate() }
    }

    private init(copying other: Subscription, receipt: TransportMessage?) {
        channel = other.channel
        consumer = other.consumer
        self.receipt = receipt
        sink = other.sink
        report = other.report
        lifetime = other.lifetime
    }

    /// The same subscription carrying the server's answer to its subscribe.
    func withReceipt(_ receipt: TransportMessage) -> Subscription { Subscription(copying: self, receipt: receipt) }

    /// How many messages this subscription has lost to its buffer policy so far (one event each,
    /// except batch messages, which count once).
    public var droppedCount: Int { sink.dropCount }

    /// The iterator.
    ///
    /// Inlinable, so that the consumer's module specializes it for its channel type.
    public struct AsyncIterator: AsyncIteratorProtocol {
        @usableFromInline let channel: Channel
        @usableFromInline let sink: ConsumerSink<TransportMessage>
        @usableFromInline let lifetime: ConsumerLifetime
        @usableFromInline let report: @Sendable (ClientDiagnostic) -> Void
        /// Messages taken from the sink and not decoded yet.
        @usableFromInline var messages: [TransportMessage] = []
        @usableFromInline var nextMessage = 0
        /// The events of the message decoded last.
        @usableFromInline var events: [Channel.Message] = []
        @usableFromInline var nextEvent = 0

        @inlinable
        init(subscription: Subscription) {
            channel = subscription.channel
            sink = subscription.sink
            lifetime = subscription.lifetime
            report = subscription.report
        }

        /// The next event, `nil` after the end.
        @inlinable
        public mutating func next() async throws -> Channel.Message? {
            try await next(isolation: nil)
        }

        /// The next event, `nil` after the end, without leaving the caller's actor.
        @inlinable
        public mutating func next(isolation actor: isolated (any Actor)?) async throws -> Channel.Message? {
            while true {
                if nextEvent < events.count {
                    nextEvent += 1
                    return events[nextEvent - 1]
                }
                if nextMessage < messages.count {
                    decode(messages[nextMessage])
                    nextMessage += 1
                    continue
                }
                messages = []
                nextMessage = 0
                switch await sink.take(isolation: actor) {
                case .messages(let taken):
                    messages = taken
                case .end(let error):
                    if let error { throw error }
                    return nil
                }
            }
        }

        /// Replaces `events` with the events of `message`, reporting a message that does not decode.
        @usableFromInline
        mutating func decode(_ message: TransportMessage) {
            nextEvent = 0
            do {
                events = try channel.decodeEvents(message)
            } catch {
                events = []
                report(.malformed(channel: sink.channel, error: error.description, excerpt: ClientDiagnostic.excerpt(of: message)))
            }
        }
    }

    /// Makes the (single) iterator.
    @inlinable
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(subscription: self)
    }
}
