import Foundation
import Testing
@testable import SchemaWire

/// The client core's behaviour over an in-process link (the socket-level tests live with the API
/// modules and run against the simulators).
// A lost wake-up would hang the run; the limit turns it into a failure naming the test.
@Suite("Channel client core", .timeLimit(.minutes(2)))
struct ChannelClientTests {
    private func makeClient(
        _ transport: MemoryTransport,
        heartbeat: KeepAlive? = nil,
        configuration: ClientConfiguration = ClientConfiguration(
            reconnect: ReconnectPolicy(initialDelay: .milliseconds(5), maximumDelay: .milliseconds(20)),
            pingInterval: nil
        )
    ) -> ChannelClient<LineProtocol> {
        ChannelClient(adapter: LineProtocol(heartbeat: heartbeat), transport: transport, configuration: configuration)
    }

    private func connectedPeer(_ transport: MemoryTransport, _ client: ChannelClient<LineProtocol>) async throws -> (MemoryPeer, AsyncStream<String>.AsyncIterator) {
        async let connected: Void = client.connect()
        let peer = await transport.nextPeer()
        peer.send("hello s1")
        try await connected
        return (peer, peer.received.makeAsyncIterator())
    }

    @Test("two consumers of one channel each get every event; one wire subscribe")
    func twoConsumers() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport)
        var (peer, sent) = try await connectedPeer(transport, client)
        let first = try await client.subscribe(LineChannel(name: "block"))
        #expect(await sent.next() == "sub block")
        let second = try await client.subscribe(LineChannel(name: "block"))
        peer.send("block|1")
        peer.send("block|2")
        var a = first.makeAsyncIterator()
        var b = second.makeAsyncIterator()
        #expect(try await a.next() == "1")
        #expect(try await a.next() == "2")
        #expect(try await b.next() == "1")
        #expect(try await b.next() == "2")
        #expect(await client.wireOperationCount == 1)
        #expect(await client.consumerCount(of: "block") == 2)
        await client.close()
    }

    @Test("cancelling one consumer keeps the other; cancelling both unsubscribes on the wire")
    func lastConsumerUnsubscribes() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport)
        var (peer, sent) = try await connectedPeer(transport, client)
        let kept = try await client.subscribe(LineChannel(name: "status"))
        #expect(await sent.next() == "sub status")
        let cancelled = try await client.subscribe(LineChannel(name: "status"))
        let consumer = Task { for try await _ in cancelled {} }
        consumer.cancel()
        _ = await consumer.result
        try await waitUntil { await client.consumerCount(of: "status") == 1 }
        peer.send("status|after")
        var iterator = kept.makeAsyncIterator()
        #expect(try await iterator.next() == "after")
        let keptConsumer = Task { [iterator] in
            var iterator = iterator
            while try await iterator.next() != nil {}
        }
        keptConsumer.cancel()
        _ = await keptConsumer.result
        #expect(await sent.next() == "unsub status")
        #expect(await client.activeChannels.isEmpty)
        await client.close()
    }

    @Test("several channels in one call: one wire operation, subscriptions in call order")
    func subscribeArray() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport)
        var (peer, sent) = try await connectedPeer(transport, client)
        let subscriptions = try await client.subscribe(["a", "b", "a", "c"].map(LineChannel.init(name:)))
        #expect(subscriptions.map(\.channel.name) == ["a", "b", "a", "c"])
        #expect(await client.wireOperationCount == 1)
        #expect(await sent.next() == "sub a")
        #expect(await sent.next() == "sub b")
        #expect(await sent.next() == "sub c")
        #expect(await client.consumerCount(of: "a") == 2)
        peer.send("b|1")
        var iterator = subscriptions[1].makeAsyncIterator()
        #expect(try await iterator.next() == "1")
        await #expect(throws: ClientError.invalidChannel(address: "bad name", reason: "spaces are not allowed")) {
            _ = try await client.subscribe([LineChannel(name: "d"), LineChannel(name: "bad name")])
        }
        #expect(await client.activeChannels == ["a", "b", "c"])
        await client.close()
    }

    @Test("breaking out of the loop and dropping the subscription unsubscribes on the wire")
    func breakingOutUnsubscribes() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport)
        var (peer, sent) = try await connectedPeer(transport, client)
        do {
            let blocks = try await client.subscribe(LineChannel(name: "block"))
            #expect(await sent.next() == "sub block")
            peer.send("block|1")
            for try await value in blocks {
                #expect(value == "1")
                break
            }
        }
        #expect(await sent.next() == "unsub block")
        try await waitUntil { await client.activeChannels.isEmpty }
        await client.close()
    }

    @Test("events in the greeting's batch are delivered in order once the handshake is done")
    func handshakeBatchCarriesEvents() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport)
        let blocks = try await client.subscribe(LineChannel(name: "block"))
        let peer = await transport.nextPeer()
        peer.send(batch: ["hello s1", "block|1,2", "X", "block|3"])
        peer.send(batch: ["block|4", "block|5"])
        var iterator = blocks.makeAsyncIterator()
        var seen: [String] = []
        for _ in 1...5 { seen.append(try await iterator.next() ?? "") }
        #expect(seen == ["1", "2", "3", "4", "5"])
        var sent = peer.received.makeAsyncIterator()
        #expect(await sent.next() == "sub block")
        #expect(await client.currentSession == "s1")
        await client.close()
    }

    @Test("a terminating message mid-batch ends the client; what follows it is not delivered")
    func terminationMidBatch() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport)
        var (peer, sent) = try await connectedPeer(transport, client)
        let blocks = try await client.subscribe(LineChannel(name: "block"))
        #expect(await sent.next() == "sub block")
        peer.send(batch: ["block|1", "bye", "block|2"])
        var seen: [String] = []
        do {
            for try await value in blocks { seen.append(value) }
            Issue.record("expected the subscription to end with the session's end")
        } catch {
            #expect(error as? SubscriptionError == .clientEnded(.sessionEnded(reason: "bye")))
        }
        #expect(seen == ["1"])
        #expect(await client.state == .closed)
    }

    @Test("after a drop every channel is restored exactly once and consumers keep iterating")
    func restoresAfterDrop() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport)
        var (peer, sent) = try await connectedPeer(transport, client)
        let blocks = try await client.subscribe(LineChannel(name: "block"))
        let statuses = try await client.subscribe(LineChannel(name: "status"))
        #expect(await sent.next() == "sub block")
        #expect(await sent.next() == "sub status")
        var blockIterator = blocks.makeAsyncIterator()
        var statusIterator = statuses.makeAsyncIterator()
        for round in 1...5 {
            peer.close(code: 1001, reason: "going away")
            peer = await transport.nextPeer()
            peer.send("hello s\(round + 1)")
            sent = peer.received.makeAsyncIterator()
            #expect(await sent.next() == "sub block")
            #expect(await sent.next() == "sub status")
            peer.send("block|b\(round)")
            peer.send("status|s\(round)")
            #expect(try await blockIterator.next() == "b\(round)")
            #expect(try await statusIterator.next() == "s\(round)")
        }
        // Nothing more was sent on the last connection: exactly one subscribe per channel.
        peer.send("block|end")
        #expect(try await blockIterator.next() == "end")
        // Two initial subscribes plus one batched restore per reconnect.
        #expect(await client.wireOperationCount == 7)
        await client.close()
        #expect(await sent.next() == nil)
    }

    @Test("a malformed or unroutable message goes to diagnostics and ends nothing")
    func malformedMessagesAreDiagnostics() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport)
        let diagnostics = await client.diagnostics()
        var (peer, sent) = try await connectedPeer(transport, client)
        let blocks = try await client.subscribe(LineChannel(name: "block"))
        _ = await sent.next()
        peer.send("block|!")
        peer.send("no bar here")
        peer.send("other|x")
        peer.send("block|ok")
        var iterator = blocks.makeAsyncIterator()
        #expect(try await iterator.next() == "ok")
        // The actor reports what it cannot route; the iterator reports what it cannot decode, on the
        // consumer's task, so the two kinds may interleave either way.
        var seen = diagnostics.makeAsyncIterator()
        var reported: [ClientDiagnostic] = []
        for _ in 0..<3 { if let diagnostic = await seen.next() { reported.append(diagnostic) } }
        #expect(reported.contains(.unroutable(reason: "no address", excerpt: "no bar here")))
        #expect(reported.contains(.unroutable(reason: "no subscription for other", excerpt: "other|x")))
        #expect(reported.contains { diagnostic in
            if case .malformed(channel: "block", _, excerpt: "block|!") = diagnostic { return true }
            return false
        }, "\(reported)")
        #expect(await client.state == .connected)
        await client.close()
    }

    @Test("a terminal message ends every subscription with its reason and nothing reconnects")
    func terminalMessageEndsSession() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport)
        var (peer, sent) = try await connectedPeer(transport, client)
        let blocks = try await client.subscribe(LineChannel(name: "block"))
        _ = await sent.next()
        peer.send("bye")
        do {
            for try await _ in blocks {}
            Issue.record("expected the subscription to fail")
        } catch {
            #expect(error as? SubscriptionError == .clientEnded(.sessionEnded(reason: "bye")))
        }
        #expect(await client.state == .closed)
        #expect(transport.attempts == 1)
        await #expect(throws: ClientError.sessionEnded(reason: "bye")) { try await client.subscribe(LineChannel(name: "x")) }
    }

    @Test("a 401 on connect is terminal, not a reconnect loop")
    func authenticationFailureIsTerminal() async throws {
        let transport = MemoryTransport()
        transport.refuseNext(1, with: .upgradeRejected(status: 401, body: "{}"))
        let client = makeClient(transport)
        await #expect(throws: ClientError.authenticationFailed(status: 401, detail: "")) { try await client.connect() }
        #expect(transport.attempts == 1)
    }

    @Test("the first connect is retried with backoff until the attempt limit")
    func initialConnectRetriesUntilLimit() async throws {
        let transport = MemoryTransport()
        transport.refuseNext(10, with: .connectFailed("refused"))
        let client = makeClient(transport, configuration: ClientConfiguration(
            reconnect: ReconnectPolicy(initialDelay: .milliseconds(1), maximumDelay: .milliseconds(2), maximumAttempts: 3),
            pingInterval: nil
        ))
        await #expect(throws: ClientError.connectionFailed(.connectFailed("refused"))) { try await client.connect() }
        #expect(transport.attempts == 4)
    }

    @Test("a link whose pings go unanswered is dropped and replaced")
    func deadLinkIsDetected() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport, configuration: ClientConfiguration(
            reconnect: ReconnectPolicy(initialDelay: .milliseconds(1), maximumDelay: .milliseconds(2)),
            pingInterval: .milliseconds(20), pongTimeout: .milliseconds(50)
        ))
        let events = await client.connectionEventStream()
        var (peer, _) = try await connectedPeer(transport, client)
        peer.stopAnsweringPings()
        peer = await transport.nextPeer()
        peer.send("hello s2")
        var states: [ConnectionState] = []
        for await event in events {
            states.append(event.state)
            if states.filter({ $0 == .connected }).count == 2 { break }
        }
        #expect(states.contains(.reconnecting(attempt: 1)))
        await client.close()
    }

    @Test("the protocol heartbeat is sent at its interval")
    func heartbeatIsSent() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport, heartbeat: KeepAlive(interval: .milliseconds(10), text: "X"))
        var (_, sent) = try await connectedPeer(transport, client)
        #expect(await sent.next() == "X")
        #expect(await sent.next() == "X")
        await client.close()
    }

    @Test("close is final: subscriptions end and nothing reconnects")
    func closeIsFinal() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport)
        var (_, sent) = try await connectedPeer(transport, client)
        let blocks = try await client.subscribe(LineChannel(name: "block"))
        _ = await sent.next()
        await client.close()
        do {
            for try await _ in blocks {}
            Issue.record("expected the subscription to end with an error")
        } catch {
            #expect(error as? SubscriptionError == .clientEnded(.closed))
        }
        #expect(await client.state == .closed)
        #expect(transport.attempts == 1)
    }

    @Test("a slow consumer with drop-oldest reports its drops and the others are unaffected")
    func slowConsumerDropsOldest() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport)
        let diagnostics = await client.diagnostics()
        var (peer, sent) = try await connectedPeer(transport, client)
        let slow = try await client.subscribe(LineChannel(name: "block"), buffer: .dropOldest(capacity: 4))
        let fast = try await client.subscribe(LineChannel(name: "block"), buffer: .dropNewest(capacity: 100))
        _ = await sent.next()
        // Six messages in one read: the slow consumer (not reading yet) keeps the last four; a
        // message carrying several events counts once.
        peer.send(batch: ["block|1,2,3", "block|4", "block|5", "block|6", "block|7,8", "block|end"])
        var fastIterator = fast.makeAsyncIterator()
        var fastSeen: [String] = []
        while let value = try await fastIterator.next() {
            fastSeen.append(value)
            if value == "end" { break }
        }
        #expect(fastSeen == (1...8).map(String.init) + ["end"])
        #expect(fast.droppedCount == 0)
        #expect(slow.droppedCount == 2)
        var slowIterator = slow.makeAsyncIterator()
        var slowSeen: [String] = []
        for _ in 0..<5 { slowSeen.append(try await slowIterator.next() ?? "") }
        #expect(slowSeen == ["5", "6", "7", "8", "end"])
        var reports = diagnostics.makeAsyncIterator()
        #expect(await reports.next() == .eventsDropped(channel: "block", total: 2))
        await client.close()
    }

    @Test("a channel the adapter rejects is refused before anything is sent")
    func invalidChannelIsRejectedLocally() async throws {
        let transport = MemoryTransport()
        let client = makeClient(transport)
        var (peer, sent) = try await connectedPeer(transport, client)
        await #expect(throws: ClientError.invalidChannel(address: "bad name", reason: "spaces are not allowed")) {
            try await client.subscribe(LineChannel(name: "bad name"))
        }
        _ = try await client.subscribe(LineChannel(name: "good"))
        #expect(await sent.next() == "sub good")
        peer.send("good|1")
        await client.close()
    }
}

/// Polls `condition` (yielding between checks) until it holds; fails after 10 s.
func waitUntil(_ condition: @Sendable () async -> Bool) async throws {
    let start = ContinuousClock.now
    while !(await condition()) {
        if ContinuousClock.now - start > .seconds(10) {
            Issue.record("condition not met within 10 s")
            return
        }
        try await Task.sleep(for: .milliseconds(2))
    }
}
