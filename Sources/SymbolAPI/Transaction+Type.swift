extension Symbol.Transactions.Transaction {
    /// The transaction's type number, named when the protocol defines it, for every case — typed
    /// transfers and aggregates as well as the types kept raw in `unknown(tag:raw:)`.
    public var transactionType: Symbol.Transactions.TransactionType {
        switch self {
        case .transfer(let transfer): return .init(rawValue: transfer.type)
        case .aggregateComplete(let aggregate): return .init(rawValue: aggregate.type)
        case .aggregateBonded(let aggregate): return .init(rawValue: aggregate.type)
        case .unknown(let tag, _): return .init(rawValue: Int(tag) ?? -1)
        }
    }
}

extension Symbol.Transactions.EmbeddedTransaction {
    /// The inner transaction's type number, named when the protocol defines it.
    public var transactionType: Symbol.Transactions.TransactionType {
        switch self {
        case .embeddedTransfer(let transfer): return .init(rawValue: transfer.type)
        case .unknown(let tag, _): return .init(rawValue: Int(tag) ?? -1)
        }
    }
}
