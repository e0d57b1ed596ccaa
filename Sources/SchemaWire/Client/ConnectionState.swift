/// The client's connection state.
public enum ConnectionState: Sendable, Hashable {
    /// Not started yet.
    case idle
    /// Opening the first connection.
    case connecting
    /// Connected, handshake done, subscriptions restored.
    case connected
    /// The connection was lost; waiting or trying to open a new one.
    case reconnecting(attempt: Int)
    /// Final: closed by `close()`, a terminal server answer, or an exhausted retry budget.
    case closed
}

/// A change of the connection state, with the reason when there is one.
public struct ConnectionEvent: Sendable, Hashable {
    /// The new state.
    public let state: ConnectionState
    /// Why the state changed, when known (close code, error).
    public let reason: ConnectionChangeReason?

    /// Creates an event.
    public init(state: ConnectionState, reason: ConnectionChangeReason? = nil) {
        self.state = state
        self.reason = reason
    }
}

/// Why a connection ended or a state changed.
public enum ConnectionChangeReason: Sendable, Hashable {
    /// The transport failed or the peer closed (close code and reason inside).
    case transport(TransportError)
    /// A terminal condition reported by the API adapter (e.g. Navixy `logout`, Events Hub 401).
    case terminal(ClientError)
    /// The retry budget ran out.
    case attemptsExhausted(lastError: TransportError)
    /// `close()` was called.
    case closedByClient
    /// The adapter asked for a new connection (e.g. Events Hub after its set of event types changed).
    case resubscriptionRequiresReconnect
}
