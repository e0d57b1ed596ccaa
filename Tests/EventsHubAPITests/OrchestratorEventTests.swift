import Testing
import EventsHubAPI

/// Cluster events (`orchestrator`) and the generic envelope every other event falls back to.
@Suite struct OrchestratorEventTests {
    typealias Samples = EventsHubSamples

    @Test func hostMachineEventsWrapTheHostsVMEvent() throws {
        let change = try unwrap(try decodeRoundTrip(EventsHub.Events.OrchestratorEvent.self, Samples.hostVMStateChanged), "expected HOST_VM_STATE_CHANGED") {
            if case .hostMachineStateChanged(let value) = $0 { value } else { nil }
        }
        #expect(change.body.hostId == "host-a")
        #expect(change.body.event.previousState == .stopped)
        #expect(change.body.event.currentState == .running)
        let added = try unwrap(try decodeRoundTrip(EventsHub.Events.OrchestratorEvent.self, Samples.hostVMAdded), "expected HOST_VM_ADDED") {
            if case .hostMachineAdded(let value) = $0 { value } else { nil }
        }
        #expect(added.body.event.newVm?["Name"] == .string("macos-15"))
        let removed = try unwrap(try decodeRoundTrip(EventsHub.Events.OrchestratorEvent.self, Samples.hostVMRemoved), "expected HOST_VM_REMOVED") {
            if case .hostMachineRemoved(let value) = $0 { value } else { nil }
        }
        #expect(removed.body.hostId == "host-b")
        #expect(removed.body.event.vmId == "fb83295e-0ccb-46b1-8205-b03997f82b00")
    }

    @Test func hostHealthUpdate() throws {
        let update = try unwrap(try decodeRoundTrip(EventsHub.Events.OrchestratorEvent.self, Samples.hostHealth), "expected HOST_HEALTH_UPDATE") {
            if case .hostHealthUpdate(let value) = $0 { value } else { nil }
        }
        #expect(update.body.hostId == "host-b")
        #expect(update.body.state == "healthy")
    }

    @Test func otherHostEventsAreUnknownButKept() throws {
        let (tag, raw) = try unwrap(try decodeRoundTrip(EventsHub.Events.OrchestratorEvent.self, Samples.hostWebsocketConnected), "expected an unknown orchestrator message") {
            if case .unknown(let a, let b) = $0 { (a, b) } else { nil }
        }
        #expect(tag == "HOST_WEBSOCKET_CONNECTED")
        #expect(raw["body"]?["host_id"] == .string("host-c"))
    }

    @Test func genericEnvelopeKeepsAnyBody() throws {
        let job = try decodeRoundTrip(EventsHub.Events.EventMessage.self, Samples.jobCreated)
        #expect(job.eventType == .jobManager)
        #expect(job.message == "JOB_CREATED")
        #expect(job.body?["state"] == .string("pending"))
        let future = Samples.jobCreated.replacingOccurrences(of: "\"job_manager\"", with: "\"billing\"")
        #expect(try decodeRoundTrip(EventsHub.Events.EventMessage.self, future).eventType == .unknown("billing"))
        let pong = try decodeRoundTrip(EventsHub.Events.EventMessage.self, Samples.pong)
        #expect(pong.body == nil)
        #expect(pong.eventType == .health)
    }
}
