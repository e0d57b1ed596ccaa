import Foundation
import Testing
import SchemaWire
import SchemaWireSimulator
@testable import NavixyAPI

/// The Navixy client against the Navixy simulator, over real sockets on 127.0.0.1.
// A lost wake-up would hang the run; the limit turns it into a failure naming the test.
@Suite("Navixy client over loopback", .timeLimit(.minutes(2)))
struct NavixyClientTests {
    static let hash = "f4bf1b754034213653dad99c78c4b237"
    static let fast = ClientConfiguration.simulator

    private func makeSimulator(form: NavixyBatchForm = .tagged, heartbeat: Duration = .seconds(30)) throws -> NavixySimulator {
        try NavixySimulator(account: .init(hash: Self.hash), heartbeat: heartbeat, batchForm: form, feed: .manual)
    }

    @Test("state_batch: typed items in the real tagged form, and typed per-tracker statuses")
    func stateBatchTaggedItems() async throws {
        let simulator = try makeSimulator()
        let client = NavixyClient(baseURL: simulator.baseURL, hash: Self.hash, configuration: Self.fast)
        try await client.connect()
        let batch = try await client.subscribe(NavixyStateBatchChannel(target: .all(.init()), rateLimit: "5s"))
        #expect(try batch.trackerStatuses() == [101: .normal, 102: .normal, 103: .blocked])
        await simulator.tick()
        var iterator = batch.makeAsyncIterator()
        var sources: [Int] = []
        for _ in 0..<2 {
            guard case .sourceStateEvent(let item)? = try await iterator.next() else {
                Issue.record("expected a tagged state item")
                return
            }
            sources.append(item.state.sourceId)
            #expect(item.state.movementStatus == .stopped)
            #expect(item.state.gps?.location?.lat == 25.847047)
        }
        #expect(sources == [10_101, 10_102])
        await client.close()
        await simulator.shutdown()
    }

    @Test("state_batch in the documented bare form decodes too")
    func stateBatchDocumentedItems() async throws {
        let simulator = try makeSimulator(form: .documented)
        let client = NavixyClient(baseURL: simulator.baseURL, hash: Self.hash, configuration: Self.fast)
        let batch = try await client.subscribe(NavixyStateBatchChannel(target: .all(.init())))
        await simulator.waitForView { $0.activeChannels == ["state_batch"] }
        await simulator.tick()
        var iterator = batch.makeAsyncIterator()
        guard case .sourceState(let state)? = try await iterator.next() else {
            Issue.record("expected a bare state item")
            return
        }
        #expect(state.sourceId == 10_101)
        #expect(state.batteryLevel == 66)
        await client.close()
        await simulator.shutdown()
    }

    @Test("selected trackers report unknown and disallowed ones")
    func selectedTargetStatuses() async throws {
        let simulator = try makeSimulator()
        let client = NavixyClient(baseURL: simulator.baseURL, hash: Self.hash, configuration: Self.fast)
        try await client.connect()
        let readings = try await client.subscribe(NavixyReadingsBatchChannel(target: .selected(.init(trackerIds: [101, 555, 900]))))
        #expect(try readings.trackerStatuses() == [101: .normal, 555: .notFound, 900: .disallowed])
        await simulator.tick()
        var iterator = readings.makeAsyncIterator()
        guard case .readingsEvent(let item)? = try await iterator.next() else {
            Issue.record("expected a readings item")
            return
        }
        #expect(item.trackerId == 101)
        await client.close()
        await simulator.shutdown()
    }

    @Test("a wrong hash is a typed API error carrying the code; a refused group keeps none of its channels")
    func wrongHashIsAPIError() async throws {
        let simulator = try makeSimulator()
        let client = NavixyClient(baseURL: simulator.baseURL, hash: "00000000000000000000000000000000", configuration: Self.fast)
        try await client.connect()
        let refusal = ClientError.apiError(code: 4, description: "User or API key not found or session ended")
        await #expect(throws: refusal) {
            try await client.subscribe(NavixyStateChannel(trackers: [101]))
        }
        await #expect(throws: refusal) {
            _ = try await client.subscribe(NavixyStateChannel(trackers: [101]), NavixyStateBatchChannel(target: .all(.init())))
        }
        #expect(await client.consumerCount(of: "state") == 0)
        #expect(await client.activeChannels.isEmpty)
        #expect(await client.state == .connected)
        await client.close()
        await simulator.shutdown()
    }

    @Test("channels of different kinds subscribed together go out as one request with one receipt")
    func subscribeSeveralAtOnce() async throws {
        let simulator = try makeSimulator()
        let client = NavixyClient(baseURL: simulator.baseURL, hash: Self.hash, configuration: Self.fast)
        try await client.connect()
        let (states, readings) = try await client.subscribe(
            NavixyStateChannel(trackers: [101]),
            NavixyReadingsBatchChannel(target: .selected(.init(trackerIds: [101])))
        )
        #expect(states.receipt != nil)
        #expect(states.receipt == readings.receipt)
        #expect(await client.wireOperationCount == 1)
        let view = await simulator.waitForView { $0.activeChannels == ["state", "readings_batch"] }
        #expect(view.subscribeRequestsByConnection == [["state": 1, "readings_batch": 1]])
        #expect(try readings.trackerStatuses() == [101: .normal])
        await client.close()
        await simulator.shutdown()
    }

    @Test("logout ends every subscription with the reason and nothing reconnects")
    func logoutIsTerminal() async throws {
        let simulator = try makeSimulator()
        let client = NavixyClient(baseURL: simulator.baseURL, hash: Self.hash, configuration: Self.fast)
        try await client.connect()
        let states = try await client.subscribe(NavixyStateChannel(trackers: [101]))
        await simulator.logout()
        do {
            for try await _ in states {}
            Issue.record("the subscription did not end with an error")
        } catch {
            #expect(error as? SubscriptionError == .clientEnded(.sessionEnded(reason: "session closed")))
        }
        #expect(await client.state == .closed)
        try await Task.sleep(for: .milliseconds(50))
        #expect(await simulator.view().acceptedConnections == 1)
        await simulator.shutdown()
    }

    @Test("lifecycle events reach state and state_batch subscriptions")
    func lifecycleIsDelivered() async throws {
        let simulator = try makeSimulator()
        let client = NavixyClient(baseURL: simulator.baseURL, hash: Self.hash, configuration: Self.fast)
        try await client.connect()
        let states = try await client.subscribe(NavixyStateChannel(trackers: [101]))
        let batch = try await client.subscribe(NavixyStateBatchChannel(target: .all(.init())))
        await simulator.lifecycle(tracker: 101, change: "block")
        var stateIterator = states.makeAsyncIterator()
        var batchIterator = batch.makeAsyncIterator()
        guard case .lifecycle(let event)? = try await stateIterator.next() else {
            Issue.record("no lifecycle on the state subscription")
            return
        }
        #expect(event.data.sourceId == 10_101)
        #expect(event.data.lifecycleEvent == .block)
        guard case .lifecycleEvent(let change)? = try await batchIterator.next() else {
            Issue.record("no lifecycle on the batch subscription")
            return
        }
        #expect(change.lifecycleEvent == .block)
        await client.close()
        await simulator.shutdown()
    }

    @Test("the legacy request form sends events+trackers and reads the bare status map")
    func legacyForm() async throws {
        let simulator = try makeSimulator()
        let client = NavixyClient(baseURL: simulator.baseURL, hash: Self.hash, requestForm: .legacy, configuration: Self.fast)
        try await client.connect()
        let states = try await client.subscribe(NavixyStateChannel(trackers: [101, 103]))
        #expect(try states.trackerStatuses() == [101: .normal, 103: .blocked])
        await #expect(throws: ClientError.self) { try await client.subscribe(NavixyIotMonitorChannel(target: .all(.init()))) }
        await simulator.tick()
        var iterator = states.makeAsyncIterator()
        guard case .state(let event)? = try await iterator.next() else {
            Issue.record("no state event")
            return
        }
        #expect(event.data.sourceId == 10_101)
        await client.close()
        await simulator.shutdown()
    }

    @Test("the Atmosphere heartbeat is sent at the announced interval; server X frames are ignored")
    func heartbeat() async throws {
        let simulator = try makeSimulator(heartbeat: .milliseconds(10))
        let client = NavixyClient(baseURL: simulator.baseURL, hash: Self.hash, configuration: Self.fast)
        let diagnostics = await client.diagnostics()
        try await client.connect()
        #expect(await client.currentSession?.heartbeatInterval == .milliseconds(10))
        await simulator.sendRaw("X")
        let view = await simulator.waitForView { ($0.counters["heartbeat"] ?? 0) >= 3 }
        #expect((view.counters["heartbeat"] ?? 0) >= 3)
        await client.close()
        var reported: [ClientDiagnostic] = []
        for await diagnostic in diagnostics { reported.append(diagnostic) }
        #expect(reported.isEmpty)
        await simulator.shutdown()
    }

    @Test("after drops the subscribe request is sent again exactly once per connection and items keep coming")
    func restoresAfterDrops() async throws {
        let simulator = try makeSimulator()
        let client = NavixyClient(baseURL: simulator.baseURL, hash: Self.hash, configuration: Self.fast)
        try await client.connect()
        let batch = try await client.subscribe(NavixyStateBatchChannel(target: .all(.init())))
        var iterator = batch.makeAsyncIterator()
        for round in 0...10 {
            await simulator.waitForView { $0.acceptedConnections == round + 1 && $0.activeChannels == ["state_batch"] }
            await simulator.tick()
            guard case .sourceStateEvent? = try await iterator.next(), case .sourceStateEvent? = try await iterator.next() else {
                Issue.record("round \(round): no items")
                return
            }
            if round < 10 { simulator.dropAllConnections() }
        }
        let view = await simulator.view()
        #expect(view.subscribeRequestsByConnection == Array(repeating: ["state_batch": 1], count: 11))
        #expect(view.duplicateSubscribeRequests == 0)
        await client.close()
        await simulator.shutdown()
    }

    @Test("the last consumer leaving sends the unsubscribe request")
    func unsubscribeOnLastConsumer() async throws {
        let simulator = try makeSimulator()
        let client = NavixyClient(baseURL: simulator.baseURL, hash: Self.hash, configuration: Self.fast)
        try await client.connect()
        let batch = try await client.subscribe(NavixyIotMonitorChannel(target: .selected(.init(trackerIds: [101]))))
        let consumer = Task { for try await _ in batch {} }
        consumer.cancel()
        _ = await consumer.result
        let view = await simulator.waitForView { $0.unsubscribeRequests["iot_monitor"] == 1 }
        #expect(view.unsubscribeRequests == ["iot_monitor": 1])
        #expect(view.activeChannels.isEmpty)
        await client.close()
        await simulator.shutdown()
    }
}
