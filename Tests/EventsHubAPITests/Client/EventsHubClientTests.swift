import Foundation
import Testing
import SchemaWire
import SchemaWireSimulator
@testable import EventsHubAPI

/// The Events Hub client against the Events Hub simulator, over real sockets on 127.0.0.1.
// A lost wake-up would hang the run; the limit turns it into a failure naming the test.
@Suite("Events Hub client over loopback", .timeLimit(.minutes(2)))
struct EventsHubClientTests {
    static let fast = ClientConfiguration.simulator

    private func makeSimulator() throws -> EventsHubSimulator {
        try EventsHubSimulator(token: "token-123", apiKey: "key-456", feed: .manual)
    }

    @Test("Bearer auth, event_types in the query, welcome client_id, typed VM events")
    func typedEventsWithBearer() async throws {
        let simulator = try makeSimulator()
        let client = try EventsHubClient(baseURL: simulator.baseURL, credentials: .bearerToken("token-123"), configuration: Self.fast)
        let events = try await client.subscribe(EventsHub.Channels.Pdfm())
        try await client.connect()
        await simulator.waitForView { $0.activeChannels.contains("pdfm") }
        #expect(await client.currentSession?.clientID.count == 36)
        await simulator.tick()
        var iterator = events.makeAsyncIterator()
        let event = try #require(try await iterator.next())
        guard case .machineStateChanged(let change) = event else {
            Issue.record("unexpected \(event)")
            return
        }
        #expect(change.message == "VM_STATE_CHANGED")
        #expect(change.body.previousState == .suspended)
        #expect(change.body.currentState == .resuming)
        #expect(change.body.vmId.hasPrefix("fb83295e-"))
        #expect(await simulator.view().activeChannels == ["pdfm", "global"])
        await client.close()
        await simulator.shutdown()
    }

    @Test("X-Api-Key auth works the same way")
    func apiKeyAuthentication() async throws {
        let simulator = try makeSimulator()
        let client = try EventsHubClient(baseURL: simulator.baseURL, credentials: .apiKey("key-456"), configuration: Self.fast)
        try await client.connect()
        #expect(await simulator.view().acceptedConnections == 1)
        await client.close()
        await simulator.shutdown()
    }

    @Test("a 401 on connect is a typed authentication error, not a reconnect loop")
    func unauthorizedIsTerminal() async throws {
        let simulator = try makeSimulator()
        let client = try EventsHubClient(baseURL: simulator.baseURL, credentials: .bearerToken("wrong"), configuration: Self.fast)
        await #expect(throws: ClientError.authenticationFailed(status: 401, detail: "The access token is missing or invalid")) {
            try await client.connect()
        }
        #expect(await client.state == .closed)
        try await Task.sleep(for: .milliseconds(50))
        let view = await simulator.view()
        #expect(view.rejectedUpgrades == 1)
        #expect(view.acceptedConnections == 0)
        await simulator.shutdown()
    }

    @Test("a new event type reconnects with the new query; the existing sequence keeps going")
    func newEventTypeReconnects() async throws {
        let simulator = try makeSimulator()
        let client = try EventsHubClient(baseURL: simulator.baseURL, credentials: .bearerToken("token-123"), configuration: Self.fast)
        let machines = try await client.subscribe(EventsHub.Channels.Pdfm())
        await simulator.waitForView { $0.activeChannels.contains("pdfm") }
        let hosts = try await client.subscribe(EventsHub.Channels.Orchestrator())
        let view = await simulator.waitForView { $0.activeChannels == ["pdfm", "orchestrator", "global"] && $0.openConnections == 1 }
        #expect(view.acceptedConnections == 2)
        #expect(view.subscribeRequestsByConnection.last == ["pdfm": 1, "orchestrator": 1, "global": 1])
        await simulator.tick()
        var machineIterator = machines.makeAsyncIterator()
        var hostIterator = hosts.makeAsyncIterator()
        guard case .machineStateChanged? = try await machineIterator.next() else {
            Issue.record("no VM event after the reconnect")
            return
        }
        guard case .hostHealthUpdate(let health)? = try await hostIterator.next() else {
            Issue.record("no host event")
            return
        }
        #expect(health.body.hostId.hasPrefix("host-"))
        await client.close()
        await simulator.shutdown()
    }

    @Test("event types subscribed together share one connection: no reconnect per type")
    func severalTypesOneConnection() async throws {
        let simulator = try makeSimulator()
        let client = try EventsHubClient(baseURL: simulator.baseURL, credentials: .bearerToken("token-123"), configuration: Self.fast)
        let (machines, hosts) = try await client.subscribe(EventsHub.Channels.Pdfm(), EventsHub.Channels.Orchestrator())
        try await client.connect()
        let view = await simulator.waitForView { $0.activeChannels == ["pdfm", "orchestrator", "global"] }
        #expect(view.acceptedConnections == 1)
        #expect(view.subscribeRequestsByConnection == [["pdfm": 1, "orchestrator": 1, "global": 1]])
        await simulator.tick()
        var machineIterator = machines.makeAsyncIterator()
        var hostIterator = hosts.makeAsyncIterator()
        guard case .machineStateChanged? = try await machineIterator.next() else {
            Issue.record("no VM event")
            return
        }
        guard case .hostHealthUpdate? = try await hostIterator.next() else {
            Issue.record("no host event")
            return
        }
        #expect(await simulator.view().acceptedConnections == 1)
        await client.close()
        await simulator.shutdown()
    }

    @Test("the last consumer leaving calls the REST unsubscribe")
    func lastConsumerUnsubscribesOverREST() async throws {
        let simulator = try makeSimulator()
        let client = try EventsHubClient(baseURL: simulator.baseURL, credentials: .bearerToken("token-123"), configuration: Self.fast)
        let machines = try await client.subscribe(EventsHub.Channels.Pdfm())
        await simulator.waitForView { $0.activeChannels.contains("pdfm") }
        let consumer = Task { for try await _ in machines {} }
        consumer.cancel()
        _ = await consumer.result
        let view = await simulator.waitForView { $0.unsubscribeRequests["pdfm"] == 1 }
        #expect(view.unsubscribeRequests == ["pdfm": 1])
        #expect(view.activeChannels == ["global"])
        #expect(view.acceptedConnections == 1)
        await client.close()
        await simulator.shutdown()
    }

    @Test("REST unsubscribe answers map to typed 200/400/401/503 results")
    func restResultsAreTyped() async throws {
        let simulator = try makeSimulator()
        let client = try EventsHubClient(baseURL: simulator.baseURL, credentials: .bearerToken("token-123"), configuration: Self.fast)
        // Held until the end: dropping a subscription ends it (and unsubscribes).
        let machines = try await client.subscribe(EventsHub.Channels.Pdfm())
        let stats = try await client.subscribe(EventsHub.Channels.Stats())
        try await client.connect()
        while await client.currentSession?.subscriptions.contains("stats") != true { try await Task.sleep(for: .milliseconds(2)) }
        let first = try await client.restUnsubscribe(eventTypes: ["stats"])
        #expect(first == .unsubscribed, "\(first)")
        let partial = try await client.restUnsubscribe(eventTypes: ["pdfm", "global"])
        guard case .partiallyUnsubscribed(let message) = partial else {
            Issue.record("unexpected \(partial)")
            return
        }
        #expect(message.contains("cannot unsubscribe from global"))
        #expect(try await client.restUnsubscribe(eventTypes: ["pdfm"]) == .rejected(message: "not subscribed to event type pdfm"))
        let clientID = try #require(await client.currentSession?.clientID)
        let stranger = try EventsHubREST(baseURL: simulator.baseURL, credentials: .apiKey("nope"))
        #expect(try await stranger.unsubscribe(clientID: clientID, eventTypes: ["pdfm"]) == .unauthorized(detail: "The access token is missing or invalid"))
        simulator.setAvailable(false)
        #expect(try await client.restUnsubscribe(eventTypes: ["pdfm"]) == .serviceUnavailable(message: "EventEmitter service is not available"))
        withExtendedLifetime((machines, stats)) {}
        await client.close()
        await simulator.shutdown()
    }

    @Test("the health ping keeps the link alive and its pongs are absorbed")
    func healthPingKeepAlive() async throws {
        let simulator = try makeSimulator()
        let client = try EventsHubClient(baseURL: simulator.baseURL, credentials: .bearerToken("token-123"), healthPingInterval: .milliseconds(10), configuration: Self.fast)
        let diagnostics = await client.diagnostics()
        try await client.connect()
        let view = await simulator.waitForView { ($0.counters["ping"] ?? 0) >= 3 }
        #expect((view.counters["ping"] ?? 0) >= 3)
        await client.close()
        var reported: [ClientDiagnostic] = []
        for await diagnostic in diagnostics { reported.append(diagnostic) }
        #expect(reported.isEmpty)
        await simulator.shutdown()
    }
}
