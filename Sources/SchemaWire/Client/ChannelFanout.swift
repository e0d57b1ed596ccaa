/// Every consumer of one typed channel: decodes each routed message once and hands it to each
/// consumer's buffer. Owned and touched only by the client actor.
final class ChannelFanout<Channel: ChannelDescriptor>: AnyChannelFanout {
    let channel: Channel
    private var consumers: [UInt64: ConsumerSink<Channel.Message>] = [:]

    init(channel: Channel) {
        self.channel = channel
    }

    var spec: ChannelSpec { channel.spec }
    var isEmpty: Bool { consumers.isEmpty }

    func add(_ sink: ConsumerSink<Channel.Message>, id: UInt64) {
        consumers[id] = sink
    }

    func remove(_ id: UInt64) {
        consumers[id] = nil
    }

    func deliver(_ message: TransportMessage, into diagnostics: inout [ClientDiagnostic]) {
        let decoded: [Channel.Message]
        do {
            decoded = try channel.decodeEvents(message)
        } catch {
            diagnostics.append(.malformed(channel: spec.address, error: error.description, excerpt: ClientDiagnostic.excerpt(of: message)))
            return
        }
        for event in decoded {
            for sink in consumers.values {
                if let diagnostic = sink.deliver(event) { diagnostics.append(diagnostic) }
            }
        }
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
    func deliver(_ message: TransportMessage, into diagnostics: inout [ClientDiagnostic])
    func finishAll(_ error: SubscriptionError?)
}

/// Identifies one fanout: the descriptor type plus the wire address.
struct FanoutKey: Hashable, Sendable {
    let type: ObjectIdentifier
    let address: String
}
