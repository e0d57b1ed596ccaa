/// The messages a connection receives, in order, as an `AsyncSequence`.
///
/// It ends (`nil`) after a close handshake — read `WebSocketConnection.closeInfo` for the code and
/// reason — and throws a `WebSocketError` when the connection failed (protocol violation, oversize
/// message, pong timeout, lost TCP connection). Cancelling the iterating task closes the connection
/// with 1001 and throws `WebSocketError.cancelled`. Meant for one consumer: with several iterators
/// each message goes to only one of them.
public struct WebSocketMessages: AsyncSequence, Sendable {
    /// What the sequence yields.
    public typealias Element = WebSocketMessage

    let inbox: MessageInbox

    /// A new iterator over the connection's messages.
    public func makeAsyncIterator() -> Iterator { Iterator(inbox: inbox) }

    /// Iterates the messages, taking them from the reader thread a batch at a time.
    public struct Iterator: AsyncIteratorProtocol {
        let inbox: MessageInbox
        private var batch: [WebSocketMessage] = []
        private var index = 0

        init(inbox: MessageInbox) { self.inbox = inbox }

        /// The next message, nil after a close handshake; throws `WebSocketError` on failure.
        public mutating func next() async throws -> WebSocketMessage? {
            if index < batch.count {
                index += 1
                return batch[index - 1]
            }
            batch = []
            guard let next = try await inbox.take() else { return nil }
            batch = next
            index = 1
            return next[0]
        }
    }
}
