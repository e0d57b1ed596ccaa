import SchemaWire

/// Connects one typed client, subscribes `channels` and forwards everything it sees (messages,
/// connection changes, diagnostics) to a `FeedPrinter`, each stream on its own task.
struct LiveFeed<Adapter: ProtocolAdapter>: Sendable {
    /// Which API the client speaks.
    let api: APIName
    /// The client.
    let client: ChannelClient<Adapter>
    /// The channels to follow.
    let channels: [ChannelSpec]

    /// Starts observing, then subscribes every channel; returns the tasks to cancel when done.
    /// Throws the client's error when a channel is refused (invalid parameter, API error, 401).
    func start(printer: FeedPrinter) async throws(ClientError) -> [Task<Void, Never>] {
        let count = channels.count
        let events = await client.connectionEventStream()
        let diagnostics = await client.diagnostics()
        var tasks = [
            Task { [api] in
                for await event in events { await printer.connection(event, api: api, channels: count) }
            },
            Task { [api] in
                for await diagnostic in diagnostics { await printer.diagnostic(diagnostic, api: api) }
            },
        ]
        do throws(ClientError) {
            // In-band protocols connect first, so a refused subscribe throws here instead of being retried.
            if client.adapter.subscriptionStyle == .inBand { try await client.connect() }
            // One call for every channel: one subscribe request, or one connection carrying them all.
            let subscriptions = try await client.subscribe(channels.map(FrameChannel.init(spec:)))
            var receipts: Set<TransportMessage> = []
            for (spec, subscription) in zip(channels, subscriptions) {
                if let receipt = subscription.receipt, receipts.insert(receipt).inserted {
                    await printer.receipt(receipt, api: api, channel: "subscribe")
                }
                tasks.append(Task { [api] in
                    do {
                        for try await message in subscription {
                            await printer.message(message, api: api, channel: spec.address)
                        }
                    } catch {
                        await printer.subscriptionEnded(api: api, channel: spec.address, error: error)
                    }
                })
            }
        } catch {
            for task in tasks { task.cancel() }
            throw error
        }
        await printer.announce("subscribed: \(channels.map(\.address).joined(separator: ", "))", api: api)
        return tasks
    }
}
