/// The events of one channel for one consumer, as an `AsyncSequence` whose element type the channel
/// descriptor fixes.
///
/// Iterate it once, from one task. Ending the iteration (breaking out, or cancelling the task) releases
/// the consumer; when the channel's last consumer goes, the client unsubscribes on the wire. The
/// sequence survives reconnects. It ends with a `SubscriptionError` when the client ends or the buffer
/// overflows under `BufferPolicy.failSubscription`.
public struct Subscription<Channel: ChannelDescriptor>: AsyncSequence, Sendable {
    /// The channel's message type.
    public typealias Element = Channel.Message

    /// The channel this subscription follows.
    public let channel: Channel
    /// The server's answer to the wire subscribe that activated the channel, when the protocol has one
    /// (Navixy); `nil` otherwise or while the channel waits for a connection.
    public let receipt: TransportMessage?
    private let stream: AsyncThrowingStream<Channel.Message, any Error>
    private let drops: DropCounter

    init(channel: Channel, receipt: TransportMessage?, stream: AsyncThrowingStream<Channel.Message, any Error>, drops: DropCounter) {
        self.channel = channel
        self.receipt = receipt
        self.stream = stream
        self.drops = drops
    }

    /// How many events this subscription has lost to its buffer policy so far.
    public var droppedCount: Int { drops.value }

    /// The iterator.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: AsyncThrowingStream<Channel.Message, any Error>.AsyncIterator

        /// The next event, `nil` after the end.
        public mutating func next() async throws -> Channel.Message? {
            try await base.next()
        }
    }

    /// Makes the (single) iterator.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: stream.makeAsyncIterator())
    }
}
