import SchemaWire

/// A generated Symbol channel descriptor (`Symbol.Channels.*`) made subscribable: its `address` is the
/// wire channel and the `topic` of its pushes, and its subscriptions yield the notification's `data`.
///
/// The conformances below pair each generated channel with its generated notification type, so
/// `client.subscribe(Symbol.Channels.Block())` yields `Symbol.Blocks.NewBlock` values and nothing else.
public protocol SymbolTopicChannel: ChannelDescriptor {
    /// The generated `{topic, data}` envelope type this channel receives.
    associatedtype Notification: JSONDecodable
    /// The channel string with its parameter filled in.
    var address: String { get }
    /// The part of the envelope a subscription yields.
    static func payload(of notification: Notification) -> Message
}

extension SymbolTopicChannel {
    /// The channel string is both the wire address and the route key.
    public var spec: ChannelSpec { ChannelSpec(address: address) }

    /// Decodes the envelope with its generated decoder and yields its payload.
    public func decodeEvents(_ message: TransportMessage) throws(JSONDecodingError) -> [Message] {
        [Self.payload(of: try WireProbe.decode(Notification.self, from: message))]
    }
}

extension Symbol.Channels.Block: SymbolTopicChannel {
    /// What a subscription yields.
    public typealias Message = Symbol.Blocks.NewBlock
    /// A new block.
    public static func payload(of notification: Symbol.Notifications.BlockNotification) -> Message { notification.data }
}

extension Symbol.Channels.FinalizedBlock: SymbolTopicChannel {
    /// What a subscription yields.
    public typealias Message = Symbol.Blocks.FinalizedBlock
    /// A finalization round.
    public static func payload(of notification: Symbol.Notifications.FinalizedBlockNotification) -> Message { notification.data }
}

extension Symbol.Channels.ConfirmedAdded: SymbolTopicChannel {
    /// What a subscription yields.
    public typealias Message = Symbol.Transactions.TransactionEvent
    /// A confirmed transaction.
    public static func payload(of notification: Symbol.Notifications.TransactionNotification) -> Message { notification.data }
}

extension Symbol.Channels.UnconfirmedAdded: SymbolTopicChannel {
    /// What a subscription yields.
    public typealias Message = Symbol.Transactions.TransactionEvent
    /// An unconfirmed transaction.
    public static func payload(of notification: Symbol.Notifications.TransactionNotification) -> Message { notification.data }
}

extension Symbol.Channels.UnconfirmedRemoved: SymbolTopicChannel {
    /// What a subscription yields.
    public typealias Message = Symbol.Transactions.RemovedTransaction
    /// A transaction that left the unconfirmed pool.
    public static func payload(of notification: Symbol.Notifications.RemovedTransactionNotification) -> Message { notification.data }
}

extension Symbol.Channels.PartialAdded: SymbolTopicChannel {
    /// What a subscription yields.
    public typealias Message = Symbol.Transactions.TransactionEvent
    /// A bonded aggregate waiting for cosignatures.
    public static func payload(of notification: Symbol.Notifications.TransactionNotification) -> Message { notification.data }
}

extension Symbol.Channels.PartialRemoved: SymbolTopicChannel {
    /// What a subscription yields.
    public typealias Message = Symbol.Transactions.RemovedTransaction
    /// A bonded aggregate that left the partial pool.
    public static func payload(of notification: Symbol.Notifications.RemovedTransactionNotification) -> Message { notification.data }
}

extension Symbol.Channels.Cosignature: SymbolTopicChannel {
    /// What a subscription yields.
    public typealias Message = Symbol.Notifications.CosignatureAdded
    /// A cosignature.
    public static func payload(of notification: Symbol.Notifications.CosignatureNotification) -> Message { notification.data }
}

extension Symbol.Channels.Status: SymbolTopicChannel {
    /// What a subscription yields.
    public typealias Message = Symbol.Notifications.TransactionStatus
    /// A transaction validation failure.
    public static func payload(of notification: Symbol.Notifications.StatusNotification) -> Message { notification.data }
}
