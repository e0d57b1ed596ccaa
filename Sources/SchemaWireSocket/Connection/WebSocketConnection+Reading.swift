import Dispatch
import Foundation
import SchemaWire

extension WebSocketConnection {
    /// Starts the connection's reader thread; `leftover` holds bytes read past the handshake.
    func start(leftover: [UInt8]) {
        let thread = Thread { [self] in runReader(leftover: leftover) }
        thread.name = "SchemaWireSocket.reader"
        thread.stackSize = 512 << 10
        thread.start()
    }

    /// The reader thread's body: frames in, messages and control replies out, then teardown.
    func runReader(leftover: [UInt8]) {
        scheduleKeepAlive()
        let reader = FrameReader(stream: stream, expectsMaskedFrames: role == .server, options: options, leftover: leftover)
        var batch: [WebSocketMessage] = []
        var batchBytes = 0
        var closing: WebSocketCloseInfo?
        var failure: WebSocketError?
        let flush = {
            guard !batch.isEmpty else { return }
            self.inbox.push(batch, bytes: batchBytes)
            batch = []
            batchBytes = 0
        }
        do {
            try reader.run(
                message: { message in
                    batch.append(message)
                    batchBytes += message.bytes.count
                },
                control: { control in
                    if case .close(let code, let reason) = control {
                        closing = answerClose(code: code, reason: reason)
                        return false
                    }
                    handle(control)
                    return true
                },
                flush: flush
            )
        } catch {
            failure = error
        }
        flush()
        if let error = failure, error.closeCode != .abnormalClosure, state.withLock({ $0.pendingFailure == nil }) {
            // This side rejected the peer's data: say why in a close frame, then let the peer answer.
            let info = WebSocketCloseInfo(code: error.closeCode, reason: error.description, initiator: .local)
            state.withLock { state in
                if !state.closeSent {
                    state.closeSent = true
                    enqueueLocked(FrameEncoder.closeFrame(code: error.closeCode, reason: shortReason(error), masked: role == .client))
                }
            }
            if role == .client { reader.drain(timeout: options.closeTimeout) }
            closing = info
        } else if failure != nil, closing == nil, state.withLock({ $0.closeSent && $0.pendingFailure == nil }) {
            // We sent a close frame and the peer ended TCP without answering it.
            closing = WebSocketCloseInfo(code: .abnormalClosure, reason: "the peer ended the connection without a close frame", initiator: .local)
            failure = nil
        }
        terminate(closing: closing, failure: failure)
    }

    private func shortReason(_ error: WebSocketError) -> String {
        switch error {
        case .invalidUTF8: "invalid UTF-8"
        case .messageTooLarge(_, let limit): "message too big (limit \(limit) bytes)"
        case .protocolViolation(let reason): reason
        default: ""
        }
    }

    /// Answers the peer's close frame (if this side did not start the close) and says how it ended.
    private func answerClose(code: WebSocketCloseCode?, reason: String) -> WebSocketCloseInfo {
        state.withLock { state in
            let initiator: WebSocketCloseInfo.Initiator = state.closeSent ? .local : .remote
            if !state.closeSent {
                state.closeSent = true
                enqueueLocked(FrameEncoder.closeFrame(code: code, reason: reason, masked: role == .client))
            }
            return WebSocketCloseInfo(code: code ?? .noStatusReceived, reason: reason, initiator: initiator)
        }
    }

    private func handle(_ control: FrameReader.Control) {
        switch control {
        case .ping(let payload):
            state.withLock { state in
                if state.answersPings, !state.closeSent {
                    enqueueLocked(FrameEncoder.frame(.pong, payload: payload, masked: role == .client))
                }
            }
        case .pong(let payload):
            let now = ContinuousClock.now
            let answered: [(ContinuousClock.Instant, CheckedContinuation<Duration, any Error>?)] = state.withLock { state in
                state.keepAlivePayload = nil
                guard let index = state.pings.firstIndex(where: { $0.payload == payload }) else { return [] }
                let answered = state.pings[...index].map { ($0.sentAt, $0.continuation) }
                state.pings.removeSubrange(...index)
                return answered
            }
            for (sentAt, continuation) in answered { continuation?.resume(returning: now - sentAt) }
        case .close:
            break
        }
    }

    /// Final teardown, run once on the reader thread: record the outcome, wake every waiter, then
    /// close the socket after the frames already queued (e.g. a close reply) are written.
    private func terminate(closing: WebSocketCloseInfo?, failure: WebSocketError?) {
        let (info, error, pings) = state.withLock { state in
            state.terminated = true
            let pending = state.pendingFailure
            let info = pending?.info ?? closing ?? WebSocketCloseInfo(code: .abnormalClosure, reason: failure?.description ?? "connection ended", initiator: .remote)
            let error = pending.map { $0.error } ?? failure
            let pings = state.pings
            state.pings = []
            return (info, error, pings)
        }
        // The outcome is readable before the message sequence ends, so a consumer that finished
        // iterating always finds `closeInfo` set.
        closed.fire(info)
        inbox.finish(error)
        for ping in pings { ping.continuation?.resume(throwing: WebSocketError.notOpen(info)) }
        // A write blocked on a peer that stopped reading must not hold the descriptor forever.
        let released = Locked(false)
        DispatchQueue.global().asyncAfter(deadline: .now() + options.closeTimeout.timeInterval) { [stream] in
            released.withLock { done in if !done { stream.shutdown() } }
        }
        writeQueue.async { [self] in
            released.withLock { $0 = true }
            state.withLock { $0.writesClosed = true }
            stream.shutdown()
            stream.close()
            onTerminate?()
        }
    }

    private func scheduleKeepAlive() {
        guard let interval = options.pingInterval else { return }
        DispatchQueue.global().asyncAfter(deadline: .now() + interval.timeInterval) { [weak self] in
            self?.sendKeepAlivePing()
        }
    }

    private func sendKeepAlivePing() {
        let payload: [UInt8]? = state.withLock { state in
            // One keep-alive ping at a time: while its pong is due, the next tick sends nothing.
            guard !state.closeSent, !state.terminated, state.keepAlivePayload == nil else { return nil }
            state.pingCounter += 1
            let payload = withUnsafeBytes(of: state.pingCounter.bigEndian) { Array($0) }
            state.keepAlivePayload = payload
            state.pings.append((payload, .now, nil))
            enqueueLocked(FrameEncoder.frame(.ping, payload: payload, masked: role == .client))
            return payload
        }
        guard let payload else {
            if !state.withLock({ $0.closeSent || $0.terminated }) { scheduleKeepAlive() }
            return
        }
        let timeout = options.pongTimeout
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout.timeInterval) { [weak self] in
            guard let self else { return }
            let dead = state.withLock { $0.keepAlivePayload == payload && !$0.terminated } && !inbox.isProducerBlocked
            if dead {
                fail(WebSocketCloseInfo(code: .abnormalClosure, reason: "no pong within \(timeout)", initiator: .local), error: .pongTimeout(after: timeout))
            }
        }
        scheduleKeepAlive()
    }
}
