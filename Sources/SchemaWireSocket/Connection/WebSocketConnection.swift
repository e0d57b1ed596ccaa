import Dispatch
import Foundation
import SchemaWire

/// An open WebSocket connection, client or server side.
///
/// Its socket is served by a thread of its own (blocking reads never touch Swift's cooperative
/// pool); writes go through a serial dispatch queue, so `send` may be called from any task and
/// frames never interleave. Pings from the peer are answered automatically; keep-alive pings are
/// sent every `WebSocketOptions.pingInterval` and a missing pong declares the link dead.
public final class WebSocketConnection: WebSocketSession {
    /// Which end of the connection this is.
    public enum Role: Sendable, Hashable {
        /// The side that opened the connection (masks its frames).
        case client
        /// The side that accepted it.
        case server
    }

    struct State {
        var closeSent = false
        var terminated = false
        var writesClosed = false
        var pendingFailure: (info: WebSocketCloseInfo, error: WebSocketError?)?
        var pings: [(payload: [UInt8], sentAt: ContinuousClock.Instant, continuation: CheckedContinuation<Duration, any Error>?)] = []
        var pingCounter: UInt64 = 0
        var keepAlivePayload: [UInt8]?
        var answersPings: Bool
    }

    /// Client or server.
    public let role: Role
    /// The subprotocol both sides agreed on, if any.
    public let subprotocol: String?
    /// For the server role, the upgrade request the client sent; for the client role, nil.
    public let request: WebSocketHTTPRequest?
    /// For the client role, the headers of the server's `101` answer; for the server role, empty.
    public let responseHeaders: WebSocketHTTPHeaders
    /// Incoming messages; see `WebSocketMessages`.
    public let messages: WebSocketMessages

    let options: WebSocketOptions
    let stream: any ByteStream
    let inbox: MessageInbox
    let state: Locked<State>
    let closed = CloseSignal()
    let writeQueue = DispatchQueue(label: "SchemaWireSocket.write")
    let onTerminate: (@Sendable () -> Void)?

    init(role: Role, stream: any ByteStream, options: WebSocketOptions, subprotocol: String?, request: WebSocketHTTPRequest?,
         responseHeaders: WebSocketHTTPHeaders, onTerminate: (@Sendable () -> Void)? = nil) {
        self.role = role
        self.stream = stream
        self.options = options
        self.subprotocol = subprotocol
        self.request = request
        self.responseHeaders = responseHeaders
        self.onTerminate = onTerminate
        inbox = MessageInbox(maximumBytes: options.maximumBufferedBytes)
        messages = WebSocketMessages(inbox: inbox)
        state = Locked(State(answersPings: options.answersPings))
        inbox.setCancellationHandler { [weak self] in
            self?.beginClose(code: .goingAway, reason: "consumer cancelled")
        }
    }

    /// How the connection ended, or nil while it is open or closing.
    public var closeInfo: WebSocketCloseInfo? { closed.info }

    /// Sends one message as a single frame.
    public func send(_ message: WebSocketMessage) async throws {
        let frame = FrameEncoder.frame(message.kind == .text ? .text : .binary, payload: message.bytes, masked: role == .client)
        try await write(frame)
    }

    /// Writes frames encoded in advance (server role only).
    public func send(_ frames: WebSocketEncodedFrames) async throws {
        guard role == .server else { throw WebSocketError.invalidHandshake(reason: "pre-encoded frames are unmasked; only a server may send them") }
        try await write(frames.bytes)
    }

    /// Sends a ping and returns the time until its pong arrived.
    public func ping() async throws -> Duration {
        try await withCheckedThrowingContinuation { continuation in
            let failure: WebSocketError? = state.withLock { state in
                guard !state.closeSent, !state.terminated else { return .notOpen(closed.info) }
                state.pingCounter += 1
                let payload = withUnsafeBytes(of: state.pingCounter.bigEndian) { Array($0) }
                state.pings.append((payload, .now, continuation))
                enqueueLocked(FrameEncoder.frame(.ping, payload: payload, masked: role == .client))
                return nil
            }
            if let failure { continuation.resume(throwing: failure) }
        }
    }

    /// Starts the close handshake and waits until it has finished (or `closeTimeout` passed).
    /// Returns how the connection ended; calling it on a closed connection just returns that.
    @discardableResult
    public func close(code: WebSocketCloseCode = .normalClosure, reason: String = "") async -> WebSocketCloseInfo {
        beginClose(code: code, reason: reason)
        return await waitUntilClosed()
    }

    /// Waits until the connection has ended, however it ends.
    public func waitUntilClosed() async -> WebSocketCloseInfo {
        await closed.wait()
    }

    /// Ends the connection at once without a close handshake, as if the network failed: the peer
    /// sees the TCP connection reset or end (for tests of reconnection). Locally the close code is 1006.
    public func drop() {
        fail(WebSocketCloseInfo(code: .abnormalClosure, reason: "dropped locally", initiator: .local), error: .connectionLost(reason: "dropped locally"))
    }

    /// Whether pings from the peer are answered (turn off to simulate a half-open link).
    public var answersPings: Bool {
        get { state.withLock { $0.answersPings } }
        set { state.withLock { $0.answersPings = newValue } }
    }

    // MARK: - Internals shared with the reader

    /// Sends a close frame unless one was sent, and arms the close timeout.
    func beginClose(code: WebSocketCloseCode, reason: String) {
        let started: Bool = state.withLock { state in
            guard !state.closeSent, !state.terminated else { return false }
            state.closeSent = true
            let wireCode = code.isSendable ? code : .normalClosure
            enqueueLocked(FrameEncoder.closeFrame(code: wireCode, reason: reason, masked: role == .client))
            return true
        }
        guard started else { return }
        DispatchQueue.global().asyncAfter(deadline: .now() + options.closeTimeout.timeInterval) { [weak self] in
            self?.fail(WebSocketCloseInfo(code: .abnormalClosure, reason: "the peer did not answer the close frame in time", initiator: .local), error: nil)
        }
    }

    /// Records why the connection is being torn down and wakes the reader by shutting the socket.
    func fail(_ info: WebSocketCloseInfo, error: WebSocketError?) {
        let shouldShutDown: Bool = state.withLock { state in
            guard !state.terminated else { return false }
            if state.pendingFailure == nil { state.pendingFailure = (info, error) }
            return true
        }
        guard shouldShutDown else { return }
        inbox.discardNewMessages()
        stream.shutdown()
    }

    /// Queues a frame; must be called with `state` locked, which orders it against close frames.
    func enqueueLocked(_ frame: [UInt8], completion: (@Sendable (WebSocketError?) -> Void)? = nil) {
        writeQueue.async { [self] in
            if state.withLock({ $0.writesClosed }) {
                completion?(.notOpen(closeInfo))
                return
            }
            do throws(WebSocketError) {
                try stream.write(frame)
                completion?(nil)
            } catch {
                completion?(error)
                fail(WebSocketCloseInfo(code: .abnormalClosure, reason: "write failed: \(error)", initiator: .local), error: error)
            }
        }
    }

    private func write(_ frame: [UInt8]) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let failure: WebSocketError? = state.withLock { state in
                guard !state.closeSent, !state.terminated else { return .notOpen(closed.info) }
                enqueueLocked(frame) { error in
                    if let error { continuation.resume(throwing: error) } else { continuation.resume() }
                }
                return nil
            }
            if let failure { continuation.resume(throwing: failure) }
        }
    }
}

extension Duration {
    /// The duration in seconds, for Dispatch deadlines.
    var timeInterval: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
