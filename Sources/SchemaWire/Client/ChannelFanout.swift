/// Every consumer of one typed channel: decodes each routed message once and hands its events to each
/// consumer's buffer. Owned and touched only by the client actor.
final class ChannelFanout<Channel: ChannelDescriptor>: AnyChannelFanout {
    let channel: Channel
    let spec: ChannelSpec
    /// `spec.routeKeys` as a list: channels have one or two keys, so comparing beats hashing.
    private let routeKeys: [String]
    private var consumers: [UInt64: ConsumerSink<Channel.Message>] = [:]
    /// Whether events were buffered since the last `flush()`.
    private var hasUnflushedEvents = false

    init(channel: Channel) {
        self.channel = channel
        spec = channel.spec
        routeKeys = spec.routeKeys.sorted()
    }

    var isEmpty: Bool { consumers.isEmpty }

    func add(_ sink: ConsumerSink<Channel.Message>, id: UInt64) {
        consumers[id] = sink
    }

    func remove(_ id: UInt64) {
        consumers[id] = nil
    }

    func receives(_ routeKey: String) -> Bool { routeKeys.contains(routeKey) }

    func deliver(_ message: TransportMessage, into diagnostics: inout [ClientDiagnostic]) {
        let decoded: [Channel.Message]
        do {
            decoded = try channel.decodeEvents(message)
        } catch {
            diagnostics.append(.malformed(channel: spec.address, error: error.description, excerpt: ClientDiagnostic.excerpt(of: message)))
            return
        }
        guard !decoded.isEmpty else { return }
        hasUnflushedEvents = true
        for sink in consumers.values {
            for event in decoded {
                if let diagnostic = sink.deliver(event) { diagnostics.append(diagnostic) }
            }
        }
    }

    func flush() {
        guard hasUnflushedEvents else { return }
        hasUnflushedEvents = false
        for sink in consumers.values { sink.flush() }
    }

    func finishAll(_ error: SubscriptionError?) {
        for sink in consumers.values { sink.finish(error) }
        consumers.removeAll()
    }
}

/// The type-erased face of a `ChannelFanout`, so the actor can hold fanouts of different channel types.
protocol AnyChannelFanout: AnyObject {
    var spec: ChannelSpec { get }
    var isEmpty: Bool { get }
    func remove(_ id: UInt64)
    /// Whether messages routed with `routeKey` belong to this channel.
    func receives(_ routeKey: String) -> Bool
    /// Decodes `message` and buffers its events for every consumer, without waking them.
    func deliver(_ message: TransportMessage, into diagnostics: inout [ClientDiagnostic])
    /// Wakes the consumers that have events waiting.
    func flush()
    func finishAll(_ error: SubscriptionError?)
}

/// Identifies one fanout: the descriptor type plus the wire address.
struct FanoutKey: Hashable, Sendable {
    let type: ObjectIdentifier
    let address: String
}
