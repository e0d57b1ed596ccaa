import Testing
import EventsHubAPI

/// Cluster events (`orchestrator`) and the generic envelope every other event falls back to.
@Suite struct OrchestratorEventTests {
    typealias Samples = EventsHubSamples

    @Test func hostMachineEventsWrapTheHostsVMEvent() throws {
        guard case .hostMachineStateChanged(let change) = try decodeRoundTrip(EventsHub.Events.OrchestratorEvent.self, Samples.hostVMStateChanged) else {
            Issue.record("expected HOST_VM_STATE_CHANGED")
            return
        }
        #expect(change.body.hostId == "host-a")
        #expect(change.body.event.previousState == .stopped)
        #expect(change.body.event.currentState == .running)
        guard case .hostMachineAdded(let added) = try decodeRoundTrip(EventsHub.Events.OrchestratorEvent.self, Samples.hostVMAdded) else {
            Issue.record("expected HOST_VM_ADDED")
            return
        }
        #expect(added.body.event.newVm?["Name"] == .string("macos-15"))
        guard case .hostMachineRemoved(let removed) = try decodeRoundTrip(EventsHub.Events.OrchestratorEvent.self, Samples.hostVMRemoved) else {
            Issue.record("expected HOST_VM_REMOVED")
            return
        }
        #expect(removed.body.hostId == "host-b")
        #expect(removed.body.event.vmId == "fb83295e-0ccb-46b1-8205-b03997f82b00")
    }

    @Test func hostHealthUpdate() throws {
        guard case .hostHealthUpdate(let update) = try decodeRoundTrip(EventsHub.Events.OrchestratorEvent.self, Samples.hostHealth) else {
            Issue.record("expected HOST_HEALTH_UPDATE")
            return
        }
        #expect(update.body.hostId == "host-b")
        #expect(update.body.state == "healthy")
    }

    @Test func otherHostEventsAreUnknownButKept() throws {
        guard case .unknown(let tag, let raw) = try decodeRoundTrip(EventsHub.Events.OrchestratorEvent.self, Samples.hostWebsocketConnected) else {
            Issue.record("expected an unknown orchestrator message")
            return
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
