/// The client core: one actor per server connection that owns the connection lifecycle, reconnects
/// with backoff, keeps the channel-typed subscriptions and restores them after every reconnect.
///
/// Protocol details live in the `ProtocolAdapter`; sockets live behind `ClientTransport`. Typed
/// per-API clients (`NavixyClient`, `SymbolClient`, `EventsHubClient`) wrap one of these.
///
/// Guarantees:
/// - several consumers of one channel each get every event; one wire subscribe per channel address;
///   the last consumer leaving sends the unsubscribe;
/// - after a reconnect every active channel is subscribed again exactly once, and consumers keep
///   iterating the same sequences; nothing else is replayed;
/// - a message that does not decode or route goes to `diagnostics()` and ends nothing;
/// - `close()` is graceful and final.
public actor ChannelClient<Adapter: ProtocolAdapter> {
    /// The protocol adapter.
    public nonisolated let adapter: Adapter
    private let transport: any ClientTransport
    private let configuration: ClientConfiguration

    /// The current connection state.
    public private(set) var state: ConnectionState = .idle

    private var registry = SubscriptionRegistry()
    private var fanouts: [FanoutKey: ChannelFanout] = [:]
    private var receipts: [String: TransportMessage] = [:]
    private var nextConsumerID: UInt64 = 0

    private var link: (any ClientLink)?
    private var session: Adapter.Session?
    private var generation = 0
    /// Addresses subscribed on the current connection.
    private var subscribedOnWire: Set<String> = []
    private var runTask: Task<Void, Never>?
    private var connectionTasks: [Task<Void, Never>] = []
    private var operationChain: Task<Void, Never>?
    private var pendingReplies: [String: [(id: Int, continuation: CheckedContinuation<Result<TransportMessage, ClientError>, Never>)]] = [:]
    private var nextReplyID = 0
    private var connectWaiters: [CheckedContinuation<Result<Void, ClientError>, Never>] = []
    private var endError: ClientError?
    private var isClosing = false
    private var terminalRoute: ClientError?
    private var recycleRequested = false
    private var connectionEvents = Broadcaster<ConnectionEvent>()
    /// Locked rather than actor-isolated: iterators report messages that do not decode from their own tasks.
    private nonisolated let diagnosticEvents = Locked(Broadcaster<ClientDiagnostic>())
    private var wireRequestCount = 0
    /// Why the keep-alive gave up on the current link, when it did (reported instead of the abort's error).
    private var livenessFailure: TransportError?

    /// Creates a client; nothing connects until `connect()` or the first `subscribe`.
    public init(adapter: Adapter, transport: any ClientTransport, configuration: ClientConfiguration = ClientConfiguration()) {
        self.adapter = adapter
        self.transport = transport
        self.configuration = configuration
    }

    // MARK: - Public API

    /// Starts the connection (if not started) and waits until it is connected, or throws why it can
    /// never be (terminal answer, exhausted retries, `close()`).
    public func connect() async throws(ClientError) {
        if let endError { throw endError }
        if state == .connected { return }
        startIfIdle()
        let result = await withCheckedContinuation { connectWaiters.append($0) }
        try result.get()
    }

    /// Subscribes to a typed channel. The first consumer of an address sends the wire subscribe (now if
    /// connected, otherwise when the connection is ready); further consumers cost nothing on the wire.
    ///
    /// Throws `ClientError.invalidChannel` before sending anything when the adapter rejects a parameter,
    /// and the server's error when it refuses the subscribe.
    public func subscribe<Channel: ChannelDescriptor>(
        _ channel: Channel,
        buffer: BufferPolicy? = nil
    ) async throws(ClientError) -> Subscription<Channel> {
        if let endError { throw endError }
        try adapter.validate(channel.spec)
        let subscription = addConsumer(channel, buffer: buffer)
        guard let receipt = try await activate([subscription.consumer]) else { return subscription }
        return subscription.withReceipt(receipt)
    }

    /// Subscribes to several channels of one type at once, in one wire operation: one subscribe request
    /// for in-band protocols, and for protocols that fix the channels when connecting (Events Hub) one
    /// connection carrying them all rather than a reconnect per added channel.
    ///
    /// Returns the subscriptions in the order of `channels`. All or nothing: when the adapter rejects a
    /// parameter or the server refuses the subscribe, no subscription of the call stays.
    public func subscribe<Channel: ChannelDescriptor>(
        _ channels: [Channel],
        buffer: BufferPolicy? = nil
    ) async throws(ClientError) -> [Subscription<Channel>] {
        if let endError { throw endError }
        for channel in channels { try adapter.validate(channel.spec) }
        let subscriptions = channels.map { addConsumer($0, buffer: buffer) }
        guard let receipt = try await activate(subscriptions.map(\.consumer)) else { return subscriptions }
        return subscriptions.map { $0.withReceipt(receipt) }
    }

    /// Subscribes to channels of different types at once, in one wire operation, as
    /// `subscribe(_ channels: [Channel])` does for one type:
    /// `let (machines, hosts) = try await client.subscribe(EventsHub.Channels.Pdfm(), EventsHub.Channels.Orchestrator())`.
    public func subscribe<First: ChannelDescriptor, Second: ChannelDescriptor, each Rest: ChannelDescriptor>(
        _ first: First,
        _ second: Second,
        _ rest: repeat each Rest,
        buffer: BufferPolicy? = nil
    ) async throws(ClientError) -> sending (Subscription<First>, Subscription<Second>, repeat Subscription<each Rest>) {
        if let endError { throw endError }
        try adapter.validate(first.spec)
        try adapter.validate(second.spec)
        for channel in repeat each rest { try adapter.validate(channel.spec) }
        let firstSubscription = addConsumer(first, buffer: buffer)
        let secondSubscription = addConsumer(second, buffer: buffer)
        let others = (repeat addConsumer(each rest, buffer: buffer))
        var consumers = [firstSubscription.consumer, secondSubscription.consumer]
        for other in repeat each others { consumers.append(other.consumer) }
        guard let receipt = try await activate(consumers) else { return (firstSubscription, secondSubscription, repeat each others) }
        return (firstSubscription.withReceipt(receipt), secondSubscription.withReceipt(receipt), repeat (each others).withReceipt(receipt))
    }

    /// Registers one consumer of `channel`, with no wire traffic yet.
    private func addConsumer<Channel: ChannelDescriptor>(_ channel: Channel, buffer: BufferPolicy?) -> Subscription<Channel> {
        let spec = channel.spec
        let key = FanoutKey(type: ObjectIdentifier(Channel.self), address: spec.address)
        let fanout: ChannelFanout
        if let existing = fanouts[key] {
            fanout = existing
        } else {
            fanout = ChannelFanout(spec: spec)
            fanouts[key] = fanout
        }
        let id = nextConsumerID
        nextConsumerID += 1
        let sink = ConsumerSink<TransportMessage>(channel: spec.address, policy: buffer ?? configuration.buffer)
        fanout.add(sink, id: id)
        sink.setTerminationHandler { [weak self] in
            Task { await self?.consumerEnded(key: key, id: id) }
        }
        let consumer = ConsumerRecord(key: key, id: id, spec: spec, isFirst: registry.retain(spec), endRefused: sink.endRefused)
        return Subscription(channel: channel, consumer: consumer, receipt: receipts[spec.address], sink: sink) { [diagnosticEvents] in
            diagnosticEvents.send($0)
        }
    }

    /// Puts newly registered consumers on the wire: subscribes the addresses they are first to hold
    /// (now if connected, otherwise when the connection is ready) and returns the server's receipt,
    /// if any. When the server refuses, every consumer of the call is taken back and the error thrown.
    private func activate(_ consumers: [ConsumerRecord]) async throws(ClientError) -> TransportMessage? {
        startIfIdle()
        let firstSpecs = consumers.filter(\.isFirst).map(\.spec)
        guard !firstSpecs.isEmpty, state == .connected else { return nil }
        switch adapter.subscriptionStyle {
        case .inBand:
            for spec in firstSpecs { subscribedOnWire.insert(spec.address) }
            let result = await performWireOperation { client, generation in
                await client.wireSubscribe(firstSpecs, generation: generation)
            }
            switch result {
            case .success(let receipt):
                if let receipt { for spec in firstSpecs { receipts[spec.address] = receipt } }
                return receipt
            case .failure(.connectionLost):
                return nil // restored after the reconnect
            case .failure(let error):
                for spec in firstSpecs { subscribedOnWire.remove(spec.address) }
                for consumer in consumers { removeRefused(consumer) }
                throw error
            }
        case .atConnect:
            if firstSpecs.contains(where: { !subscribedOnWire.contains($0.address) }) { requestRecycle() }
            return nil
        }
    }

    /// Takes back a consumer whose subscribe the server refused; its sequence ends at once.
    private func removeRefused(_ consumer: ConsumerRecord) {
        if let fanout = fanouts[consumer.key] {
            fanout.remove(consumer.id)
            if fanout.isEmpty { fanouts[consumer.key] = nil }
        }
        _ = registry.release(consumer.key.address)
        consumer.endRefused()
    }

    /// A new stream of connection state changes (newest kept when the observer lags).
    public func connectionEventStream() -> AsyncStream<ConnectionEvent> {
        connectionEvents.makeStream(capacity: configuration.diagnosticsCapacity) { [weak self] id in
            Task { await self?.removeEventObserver(id) }
        }
    }

    /// A new stream of diagnostics: unroutable or malformed messages, dropped events, keep-alive faults.
    public func diagnostics() -> AsyncStream<ClientDiagnostic> {
        diagnosticEvents.withLock { diagnostics in
            diagnostics.makeStream(capacity: configuration.diagnosticsCapacity) { [weak diagnosticEvents] id in
                diagnosticEvents?.withLock { $0.remove(id) }
            }
        }
    }

    /// Closes the connection with a close handshake and ends every subscription. Final.
    public func close() async {
        guard !isClosing else {
            await runTask?.value
            return
        }
        isClosing = true
        let current = link
        cancelConnectionTasks()
        await current?.close(code: 1000, reason: "client closed")
        runTask?.cancel()
        await runTask?.value
        end(with: .closed, reason: .closedByClient)
    }

    /// The number of consumers currently holding `address` (for tests and monitoring).
    public func consumerCount(of address: String) -> Int { registry.consumers(of: address) }

    /// The active channel addresses in subscription order (for tests and monitoring).
    public var activeChannels: [String] { registry.active.map(\.address) }

    /// How many wire subscribe/unsubscribe operations this client has performed (for tests).
    public var wireOperationCount: Int { wireRequestCount }

    /// The current session learnt in the handshake, if connected.
    public var currentSession: Adapter.Session? { session }

    // MARK: - Run loop

    private func startIfIdle() {
        guard state == .idle, runTask == nil else { return }
        setState(.connecting)
        runTask = Task { await self.run() }
    }

    private func run() async {
        var failures = 0
        var everConnected = false
        var generator = SystemRandomNumberGenerator()
        while !isClosing && endError == nil {
            let outcome = await runOneConnection()
            if isClosing || endError != nil { return }
            let lastError: TransportError
            switch outcome {
            case .terminal(let error):
                end(with: error, reason: .terminal(error))
                return
            case .recycle:
                setState(.reconnecting(attempt: 0), reason: .resubscriptionRequiresReconnect)
                continue
            case .lost(let error, let connected):
                if connected {
                    everConnected = true
                    failures = 0
                }
                lastError = error
            }
            if let terminal = adapter.terminalError(for: lastError) {
                end(with: terminal, reason: .terminal(terminal))
                return
            }
            failures += 1
            let mayRetry = everConnected || configuration.reconnect.retriesInitialConnect
            guard mayRetry, let delay = configuration.reconnect.delay(forAttempt: failures, using: &generator) else {
                end(with: .connectionFailed(lastError), reason: .attemptsExhausted(lastError: lastError))
                return
            }
            setState(everConnected ? .reconnecting(attempt: failures) : .connecting, reason: .transport(lastError))
            try? await Task.sleep(for: delay)
        }
    }

    private enum ConnectionOutcome {
        case lost(TransportError, connected: Bool)
        case terminal(ClientError)
        case recycle
    }

    private func runOneConnection() async -> ConnectionOutcome {
        let channels = registry.active
        let request: TransportRequest
        do {
            request = try adapter.connectRequest(for: channels)
        } catch {
            return .terminal(error)
        }
        let opened: any ClientLink
        do {
            opened = try await transport.connect(request)
        } catch {
            if let terminal = adapter.terminalError(for: error) { return .terminal(terminal) }
            return .lost(error, connected: false)
        }
        if isClosing || endError != nil {
            await opened.close(code: 1000, reason: "client closed")
            return .lost(.closed(code: 1000, reason: "client closed"), connected: false)
        }
        generation += 1
        let thisGeneration = generation
        link = opened
        var iterator = opened.messages.makeAsyncIterator()

        // Handshake, bounded by the handshake timeout.
        let watchdog = Task { [handshakeTimeout = configuration.handshakeTimeout] in
            try? await Task.sleep(for: handshakeTimeout)
            if !Task.isCancelled { await opened.abort() }
        }
        var established: Adapter.Session?
        // Messages that arrived in the same batch as the handshake's last one.
        var afterHandshake: ArraySlice<TransportMessage> = []
        do {
            while established == nil {
                if afterHandshake.isEmpty {
                    guard let batch = try await iterator.next() else {
                        watchdog.cancel()
                        link = nil
                        return .lost(.closed(code: nil, reason: "closed during the handshake"), connected: false)
                    }
                    afterHandshake = batch[...]
                    continue
                }
                established = try adapter.handshake(afterHandshake.removeFirst())
            }
        } catch let error as ClientError {
            watchdog.cancel()
            link = nil
            await opened.close(code: 1002, reason: "handshake failed")
            return .lost(.other(error.description), connected: false)
        } catch {
            watchdog.cancel()
            link = nil
            return .lost(Self.transportError(error), connected: false)
        }
        watchdog.cancel()
        guard let established, !isClosing else {
            link = nil
            await opened.close(code: 1000, reason: "client closed")
            return .lost(.closed(code: 1000, reason: "client closed"), connected: false)
        }

        session = established
        subscribedOnWire = adapter.subscriptionStyle == .atConnect ? Set(channels.map(\.address)) : []
        startConnectionTasks(link: opened, session: established, generation: thisGeneration)
        setState(.connected)
        for waiter in connectWaiters { waiter.resume(returning: .success(())) }
        connectWaiters.removeAll()
        restoreSubscriptions()

        // Receive until the connection ends.
        var ending: TransportError
        do {
            var mustEnd = handle(afterHandshake)
            while !mustEnd, let batch = try await iterator.next() {
                mustEnd = handle(batch[...])
            }
            ending = .closed(code: nil, reason: "connection ended")
        } catch {
            ending = Self.transportError(error)
        }
        cancelConnectionTasks()
        link = nil
        session = nil
        subscribedOnWire = []
        failPendingReplies(with: .connectionLost)
        if let failure = livenessFailure {
            ending = failure
            livenessFailure = nil
        }
        if let terminal = terminalRoute {
            await opened.close(code: 1000, reason: "session ended")
            return .terminal(terminal)
        }
        if recycleRequested {
            recycleRequested = false
            await opened.close(code: 1000, reason: "changing subscriptions")
            return .recycle
        }
        if case .closed = ending {} else { await opened.abort() }
        return .lost(ending, connected: true)
    }

    private static func transportError(_ error: any Error) -> TransportError {
        if let error = error as? TransportError { return error }
        return .other(String(describing: error))
    }

    /// Handles a batch of messages that arrived together, then wakes each consumer that got events
    /// once; returns `true` when the connection must end.
    private func handle(_ batch: ArraySlice<TransportMessage>) -> Bool {
        guard !batch.isEmpty else { return false }
        defer {
            var diagnostics: [ClientDiagnostic] = []
            for fanout in fanouts.values { fanout.flush(into: &diagnostics) }
            for diagnostic in diagnostics { report(diagnostic) }
        }
        for message in batch where handle(message) { return true }
        return false
    }

    /// Handles one message after the handshake; returns `true` when the connection must end.
    private func handle(_ message: TransportMessage) -> Bool {
        guard let session else { return false }
        switch adapter.route(message, session: session) {
        case .deliver(let routeKey):
            var matched = false
            for fanout in fanouts.values where fanout.receives(routeKey) {
                matched = true
                fanout.deliver(message)
            }
            if !matched {
                report(.unroutable(reason: "no subscription for \(routeKey)", excerpt: ClientDiagnostic.excerpt(of: message)))
            }
        case .reply(let key):
            if var waiters = pendingReplies[key], !waiters.isEmpty {
                let first = waiters.removeFirst()
                pendingReplies[key] = waiters.isEmpty ? nil : waiters
                first.continuation.resume(returning: .success(message))
            } else {
                report(.unroutable(reason: "reply \(key) nobody waits for", excerpt: ClientDiagnostic.excerpt(of: message)))
            }
        case .ignore:
            break
        case .unroutable(let reason):
            report(.unroutable(reason: reason, excerpt: ClientDiagnostic.excerpt(of: message)))
        case .terminate(let error):
            terminalRoute = error
            return true
        }
        return false
    }

    // MARK: - Wire operations (serialised, one at a time)

    /// Runs wire operations strictly one after another, in call order.
    private func performWireOperation<T: Sendable>(
        _ operation: @escaping @Sendable (ChannelClient, Int) async -> Result<T, ClientError>
    ) async -> Result<T, ClientError> {
        let previous = operationChain
        let generationAtCall = generation
        let task = Task { () -> Result<T, ClientError> in
            await previous?.value
            return await operation(self, generationAtCall)
        }
        operationChain = Task { _ = await task.value }
        return await task.value
    }

    private func restoreSubscriptions() {
        let active = registry.active
        switch adapter.subscriptionStyle {
        case .inBand:
            let missing = active.filter { !subscribedOnWire.contains($0.address) }
            guard !missing.isEmpty else { return }
            for spec in missing { subscribedOnWire.insert(spec.address) }
            Task {
                let result = await performWireOperation { client, generation in
                    await client.wireSubscribe(missing, generation: generation)
                }
                switch result {
                case .success(let receipt):
                    if let receipt { for spec in missing { receipts[spec.address] = receipt } }
                case .failure(let error):
                    report(.wireOperationFailed(operation: "resubscribe", error: error.description))
                }
            }
        case .atConnect:
            if active.contains(where: { !subscribedOnWire.contains($0.address) }) {
                requestRecycle()
                return
            }
            // Channels whose last consumer left while this connection was being opened.
            let activeAddresses = Set(active.map(\.address))
            let stale = subscribedOnWire.subtracting(activeAddresses).sorted().map { ChannelSpec(address: $0) }
            guard !stale.isEmpty else { return }
            subscribedOnWire.subtract(stale.map(\.address))
            Task {
                let result = await performWireOperation { client, generation in
                    await client.wireUnsubscribe(stale, generation: generation)
                }
                if case .failure(let error) = result, error != .connectionLost {
                    report(.wireOperationFailed(operation: "unsubscribe", error: error.description))
                }
            }
        }
    }

    private func wireSubscribe(_ specs: [ChannelSpec], generation expected: Int) async -> Result<TransportMessage?, ClientError> {
        guard expected == generation, let session else { return .failure(.connectionLost) }
        wireRequestCount += 1
        do {
            return .success(try await adapter.subscribe(specs, session: session, link: makeAdapterLink(generation: expected)))
        } catch {
            return .failure(error)
        }
    }

    private func wireUnsubscribe(_ specs: [ChannelSpec], generation expected: Int) async -> Result<Void, ClientError> {
        guard expected == generation, let session else { return .failure(.connectionLost) }
        wireRequestCount += 1
        do {
            try await adapter.unsubscribe(specs, session: session, link: makeAdapterLink(generation: expected))
            return .success(())
        } catch {
            return .failure(error)
        }
    }

    private func makeAdapterLink(generation expected: Int) -> AdapterLink {
        AdapterLink(
            send: { [weak self] text throws(ClientError) in
                guard let self else { throw ClientError.closed }
                try await self.sendOnLink(text, generation: expected)
            },
            request: { [weak self] text, replyKey throws(ClientError) in
                guard let self else { throw ClientError.closed }
                return try await self.request(text, replyKey: replyKey, generation: expected)
            }
        )
    }

    private func sendOnLink(_ text: String, generation expected: Int) async throws(ClientError) {
        guard expected == generation, let link else { throw .connectionLost }
        do {
            try await link.send(text: text)
        } catch {
            throw .connectionLost
        }
    }

    private func request(_ text: String, replyKey: String, generation expected: Int) async throws(ClientError) -> TransportMessage {
        guard expected == generation, link != nil else { throw .connectionLost }
        let id = nextReplyID
        nextReplyID += 1
        let timeout = configuration.replyTimeout
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<TransportMessage, ClientError>, Never>) in
            pendingReplies[replyKey, default: []].append((id, continuation))
            Task {
                do throws(ClientError) {
                    try await sendOnLink(text, generation: expected)
                } catch {
                    resolveReply(key: replyKey, id: id, with: .failure(error))
                    return
                }
                try? await Task.sleep(for: timeout)
                resolveReply(key: replyKey, id: id, with: .failure(.replyTimeout(operation: replyKey)))
            }
        }
        return try result.get()
    }

    private func resolveReply(key: String, id: Int, with result: Result<TransportMessage, ClientError>) {
        guard var waiters = pendingReplies[key], let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        let waiter = waiters.remove(at: index)
        pendingReplies[key] = waiters.isEmpty ? nil : waiters
        waiter.continuation.resume(returning: result)
    }

    private func failPendingReplies(with error: ClientError) {
        let all = pendingReplies.values.flatMap { $0 }
        pendingReplies.removeAll()
        for waiter in all { waiter.continuation.resume(returning: .failure(error)) }
    }

    // MARK: - Consumers

    private func consumerEnded(key: FanoutKey, id: UInt64) {
        guard let fanout = fanouts[key] else { return }
        fanout.remove(id)
        if fanout.isEmpty { fanouts[key] = nil }
        guard let spec = registry.release(key.address) else { return }
        receipts[spec.address] = nil
        guard state == .connected, subscribedOnWire.contains(spec.address), endError == nil, !isClosing else { return }
        subscribedOnWire.remove(spec.address)
        Task {
            let result = await performWireOperation { client, generation in
                await client.wireUnsubscribe([spec], generation: generation)
            }
            if case .failure(let error) = result, error != .connectionLost {
                report(.wireOperationFailed(operation: "unsubscribe \(spec.address)", error: error.description))
            }
        }
    }

    private func requestRecycle() {
        guard let link, !recycleRequested else { return }
        recycleRequested = true
        Task { await link.close(code: 1000, reason: "changing subscriptions") }
    }

    // MARK: - Keep-alive

    private func startConnectionTasks(link: any ClientLink, session: Adapter.Session, generation: Int) {
        if let keepAlive = adapter.keepAlive(for: session) {
            connectionTasks.append(Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: keepAlive.interval)
                    if Task.isCancelled { return }
                    do {
                        try await link.send(text: keepAlive.text)
                    } catch {
                        linkFailed(generation: generation, error: Self.transportError(error), why: "heartbeat send failed: \(error)")
                        return
                    }
                }
            })
        }
        if let pingInterval = configuration.pingInterval {
            let pongTimeout = configuration.pongTimeout
            connectionTasks.append(Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: pingInterval)
                    if Task.isCancelled { return }
                    let answered: Duration?
                    do {
                        answered = try await withDeadline(pongTimeout) { try await link.ping() }
                    } catch {
                        if Task.isCancelled { return }
                        linkFailed(generation: generation, error: Self.transportError(error), why: "ping failed: \(error)")
                        return
                    }
                    if answered == nil {
                        linkFailed(generation: generation, error: .pongTimeout, why: "no pong within \(pongTimeout)")
                        return
                    }
                }
            })
        }
    }

    private func linkFailed(generation expected: Int, error: TransportError, why: String) {
        guard expected == generation, let link, livenessFailure == nil else { return }
        livenessFailure = error
        report(.keepAliveFailed(why))
        Task { await link.abort() }
    }

    private func cancelConnectionTasks() {
        for task in connectionTasks { task.cancel() }
        connectionTasks.removeAll()
    }

    // MARK: - State and ending

    private func setState(_ newState: ConnectionState, reason: ConnectionChangeReason? = nil) {
        state = newState
        connectionEvents.send(ConnectionEvent(state: newState, reason: reason))
    }

    private func end(with error: ClientError, reason: ConnectionChangeReason) {
        guard endError == nil else { return }
        endError = error
        isClosing = true
        cancelConnectionTasks()
        failPendingReplies(with: error)
        for waiter in connectWaiters { waiter.resume(returning: .failure(error)) }
        connectWaiters.removeAll()
        let all = fanouts.values
        fanouts.removeAll()
        for fanout in all { fanout.finishAll(.clientEnded(error)) }
        setState(.closed, reason: reason)
        connectionEvents.finish()
        for observer in diagnosticEvents.withLock({ $0.takeObserversForFinish() }) { observer.finish() }
    }

    private func removeEventObserver(_ id: Int) { connectionEvents.remove(id) }

    /// Sends `diagnostic` to every diagnostics observer.
    private nonisolated func report(_ diagnostic: ClientDiagnostic) {
        diagnosticEvents.send(diagnostic)
    }
}
