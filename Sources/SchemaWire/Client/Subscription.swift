/// The events of one channel for one consumer, as an `AsyncSequence` whose element type the channel
/// descriptor fixes.
///
/// Iterate it once, from one task. Ending the iteration (breaking out and releasing the subscription,
/// or cancelling the task) releases the consumer; when the channel's last consumer goes, the client
/// unsubscribes on the wire. The sequence survives reconnects. It ends with a `SubscriptionError` when
/// the client ends or the buffer overflows under `BufferPolicy.failSubscription`.
///
/// Events arrive in batches: the iterator takes everything buffered at once and then hands it out
/// without locking or suspending, so a fast feed costs one wake-up per batch of messages.
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
    private let sink: ConsumerSink<Channel.Message>
    private let lifetime: ConsumerLifetime

    init(channel: Channel, consumer: ConsumerRecord, receipt: TransportMessage?, sink: ConsumerSink<Channel.Message>) {
        self.channel = channel
        self.consumer = consumer
        self.receipt = receipt
        self.sink = sink
        lifetime = ConsumerLifetime { [sink] in sink.terminate() }
    }

    private init(copying other: Subscription, receipt: TransportMessage?) {
        channel = other.channel
        consumer = other.consumer
        self.receipt = receipt
        sink = other.sink
        lifetime = other.lifetime
    }

    /// The same subscription carrying the server's answer to its subscribe.
    func withReceipt(_ receipt: TransportMessage) -> Subscription { Subscription(copying: self, receipt: receipt) }

    /// How many events this subscription has lost to its buffer policy so far.
    public var droppedCount: Int { sink.dropCount }

    /// The iterator.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let sink: ConsumerSink<Channel.Message>
        let lifetime: ConsumerLifetime
        private var batch: [Channel.Message] = []
        private var index = 0

        init(sink: ConsumerSink<Channel.Message>, lifetime: ConsumerLifetime) {
            self.sink = sink
            self.lifetime = lifetime
        }

        /// The next event, `nil` after the end.
        public mutating func next() async throws -> Channel.Message? {
            try await next(isolation: nil)
        }

        /// The next event, `nil` after the end, without leaving the caller's actor.
        public mutating func next(isolation actor: isolated (any Actor)?) async throws -> Channel.Message? {
            if index < batch.count {
                index += 1
                return batch[index - 1]
            }
            batch = []
            index = 0
            switch await sink.take(isolation: actor) {
            case .events(let events):
                batch = events
                index = 1
                return events[0]
            case .end(let error):
                if let error { throw error }
                return nil
            }
        }
    }

    /// Makes the (single) iterator.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(sink: sink, lifetime: lifetime)
    }
}
