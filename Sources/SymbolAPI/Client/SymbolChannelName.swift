/// The nine channel names of the Symbol REST gateway's `/ws` endpoint.
public enum SymbolChannelName: String, Sendable, Hashable, CaseIterable {
    /// New blocks.
    case block
    /// Finalization rounds.
    case finalizedBlock
    /// Transactions included in a block.
    case confirmedAdded
    /// Transactions entering the node's unconfirmed pool.
    case unconfirmedAdded
    /// Transactions leaving the unconfirmed pool.
    case unconfirmedRemoved
    /// Aggregate bonded transactions waiting for cosignatures.
    case partialAdded
    /// Aggregate bonded transactions leaving the partial pool.
    case partialRemoved
    /// Cosignatures added to partial transactions.
    case cosignature
    /// Transaction validation failures.
    case status

    /// Whether the channel takes the optional `/{address}` parameter (every channel but the two block ones).
    public var takesAddress: Bool { self != .block && self != .finalizedBlock }
}
