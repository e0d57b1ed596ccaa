import Foundation
@testable import SchemaWire

/// An in-process transport for testing the client core's own logic (refcounting, restoration,
/// buffers, lifecycle) before and beside the socket tests. Each `connect` creates a `MemoryPeer`
/// the test drives as the "server".
final class MemoryTransport: ClientTransport, @unchecked Sendable {
    // @unchecked Sendable: `peers`, `waiters`, `refusals` are only touched while holding `lock`.
    private let lock = NSLock()
    private var peers: [MemoryPeer] = []
    private var waiters: [CheckedContinuation<MemoryPeer, Never>] = []
    private var refusals: [TransportError] = []
    private(set) var connectCount = 0

    /// Makes the next `count` connects fail with `error`.
    func refuseNext(_ count: Int, with error: TransportError) {
        lock.withLock { refusals.append(contentsOf: Array(repeating: error, count: count)) }
    }

    var attempts: Int { lock.withLock { connectCount } }

    func connect(_ request: TransportRequest) async throws(TransportError) -> any ClientLink {
        let refusal: TransportError? = lock.withLock {
            connectCount += 1
            return refusals.isEmpty ? nil : refusals.removeFirst()
        }
        if let refusal { throw refusal }
        let peer = MemoryPeer(request: request)
        let waiter: CheckedContinuation<MemoryPeer, Never>? = lock.withLock {
            if waiters.isEmpty {
                peers.append(peer)
                return nil
            }
            return waiters.removeFirst()
        }
        waiter?.resume(returning: peer)
        return peer.link
    }

    /// The next connection the client opens.
    func nextPeer() async -> MemoryPeer {
        await withCheckedContinuation { continuation in
            let ready: MemoryPeer? = lock.withLock {
                if peers.isEmpty {
                    waiters.append(continuation)
                    return nil
                }
                return peers.removeFirst()
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}

/// The server side of one in-memory connection.
final class MemoryPeer: Sendable {
    let request: TransportRequest
    let link: MemoryLink
    /// What the client sent, in order.
    let received: AsyncStream<String>

    init(request: TransportRequest) {
        self.request = request
        let (received, receivedContinuation) = AsyncStream<String>.makeStream()
        self.received = received
        self.link = MemoryLink(outbound: receivedContinuation)
    }

    func send(_ text: String) { link.inbound.yield([TransportMessage(text: text)]) }

    /// Sends several messages as one batch, as a socket read that returned them together would.
    func send(batch texts: [String]) { link.inbound.yield(texts.map(TransportMessage.init(text:))) }

    func close(code: UInt16, reason: String) {
        link.inbound.finish(throwing: TransportError.closed(code: code, reason: reason))
    }

    /// Stops answering pings (a half-open link).
    func stopAnsweringPings() { link.answersPings.withLock { $0 = false } }
}

/// The client side of one in-memory connection.
final class MemoryLink: ClientLink, Sendable {
    let messages: AsyncThrowingStream<[TransportMessage], any Error>
    let inbound: AsyncThrowingStream<[TransportMessage], any Error>.Continuation
    let outbound: AsyncStream<String>.Continuation
    let answersPings = Locked(true)

    init(outbound: AsyncStream<String>.Continuation) {
        (messages, inbound) = AsyncThrowingStream<[TransportMessage], any Error>.makeStream()
        self.outbound = outbound
    }

    func send(text: String) async throws(TransportError) {
        if case .terminated = outbound.yield(text) { throw .closed(code: nil, reason: "peer gone") }
    }

    func ping() async throws(TransportError) -> Duration {
        if answersPings.withLock({ $0 }) { return .zero }
        try? await Task.sleep(for: .seconds(3600))
        throw .pongTimeout
    }

    func close(code: UInt16, reason: String) async {
        inbound.finish()
        outbound.finish()
    }

    func abort() async {
        inbound.finish(throwing: TransportError.closed(code: 1006, reason: "aborted"))
        outbound.finish()
    }
}
