/// Every consumer of one channel: collects the messages routed to it during a received batch and
/// hands them to each consumer's buffer in one step. Owned and touched only by the client actor.
///
/// The fanout does not decode: each consumer's iterator decodes on its own task, so the actor's
/// work per message is routing alone and decoding runs beside it, on as many cores as there are
/// consumers.
final class ChannelFanout {
    let spec: ChannelSpec
    /// `spec.routeKeys` as a list: channels have one or two keys, so comparing beats hashing.
    private let routeKeys: [String]
    private var consumers: [UInt64: ConsumerSink<TransportMessage>] = [:]
    /// Messages routed here since the last `flush()`.
    private var pending: [TransportMessage] = []

    init(spec: ChannelSpec) {
        self.spec = spec
        routeKeys = spec.routeKeys.sorted()
    }

    var isEmpty: Bool { consumers.isEmpty }

    func add(_ sink: ConsumerSink<TransportMessage>, id: UInt64) {
        consumers[id] = sink
    }

    func remove(_ id: UInt64) {
        consumers[id] = nil
    }

    /// Whether messages routed with `routeKey` belong to this channel.
    func receives(_ routeKey: String) -> Bool { routeKeys.contains(routeKey) }

    /// Keeps `message` for the next `flush()`.
    func deliver(_ message: TransportMessage) {
        pending.append(message)
    }

    /// Buffers the pending messages for every consumer and wakes those waiting; reports losses to
    /// buffer policies in `diagnostics`.
    func flush(into diagnostics: inout [ClientDiagnostic]) {
        guard !pending.isEmpty else { return }
        for sink in consumers.values {
            if let diagnostic = sink.deliver(contentsOf: pending) { diagnostics.append(diagnostic) }
            sink.flush()
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Ends every consumer's sequence, after what each has buffered.
    func finishAll(_ error: SubscriptionError?) {
        pending.removeAll()
        for sink in consumers.values { sink.finish(error) }
        consumers.removeAll()
    }
}

/// Identifies one fanout: the descriptor type plus the wire address.
struct FanoutKey: Hashable, Sendable {
    let type: ObjectIdentifier
    let address: String
}
