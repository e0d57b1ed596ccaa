import SchemaWire

/// How a connection ended: set once, awaited by any number of tasks.
final class CloseSignal: Sendable {
    private let state = Locked<(info: WebSocketCloseInfo?, waiters: [CheckedContinuation<WebSocketCloseInfo, Never>])>((nil, []))

    /// The outcome, or nil while the connection is open.
    var info: WebSocketCloseInfo? { state.withLock { $0.info } }

    /// Records the outcome (the first call wins) and wakes every waiter; returns whether this call set it.
    @discardableResult
    func fire(_ info: WebSocketCloseInfo) -> Bool {
        let waiters: [CheckedContinuation<WebSocketCloseInfo, Never>]? = state.withLock { state in
            guard state.info == nil else { return nil }
            state.info = info
            defer { state.waiters = [] }
            return state.waiters
        }
        guard let waiters else { return false }
        for waiter in waiters { waiter.resume(returning: info) }
        return true
    }

    /// Waits for the outcome.
    func wait() async -> WebSocketCloseInfo {
        await withCheckedContinuation { continuation in
            let info: WebSocketCloseInfo? = state.withLock { state in
                if state.info == nil { state.waiters.append(continuation) }
                return state.info
            }
            if let info { continuation.resume(returning: info) }
        }
    }
}
