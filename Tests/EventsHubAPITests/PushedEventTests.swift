import Testing
import EventsHubAPI

/// The envelopes the server pushes, by event type: the welcome and error replies (`global`), the
/// client-id reply (`system`), `pong` (`health`), and the host's VM events (`pdfm`).
@Suite struct PushedEventTests {
    typealias Samples = EventsHubSamples

    @Test func welcomeYieldsTheClientIDAndSubscriptions() throws {
        guard case .welcome(let welcome) = try decodeRoundTrip(EventsHub.Events.GlobalEvent.self, Samples.welcome) else {
            Issue.record("expected the welcome")
            return
        }
        #expect(welcome.id == "985763c36f1a7f04663353ceb5515afaa497414ebec3226e9fa0d475b7713e34")
        #expect(welcome.eventType == "global")
        #expect(welcome.timestamp.text == "2025-12-11T13:04:37.484843Z")
        #expect(welcome.message == "WebSocket connection established subscribed to global by default")
        #expect(welcome.body.clientId == "338a28f7-666e-46e1-8e7d-4feba5edc061")
        #expect(welcome.body.subscriptions == [.pdfm, .health, .orchestrator, .global])
        #expect(welcome.refId == nil)
        #expect(welcome.clientId == nil)
    }

    @Test func errorReplyCarriesTheReason() throws {
        guard case .errorReply(let reply) = try decodeRoundTrip(EventsHub.Events.GlobalEvent.self, Samples.error) else {
            Issue.record("expected an error reply")
            return
        }
        #expect(reply.eventType == .global)
        #expect(reply.refId == "req-7")
        #expect(reply.body.error == "no handlers registered for type pdfm")
        #expect(reply.clientId == "338a28f7-666e-46e1-8e7d-4feba5edc061")
    }

    @Test func clientIDReplyReadsTheHyphenatedMember() throws {
        guard case .clientIDReply(let reply) = try decodeRoundTrip(EventsHub.Events.SystemEvent.self, Samples.clientID) else {
            Issue.record("expected the client-id reply")
            return
        }
        #expect(reply.body.clientID == "d24c0350-936d-4c7a-8948-36f42343c87c")
        #expect(reply.refId == "ask-1")
        #expect(reply.timestamp.text == "2025-12-12T09:00:00.5Z")
        #expect(JSONEncoding.encodeToString(reply.body) == #"{"client-id":"d24c0350-936d-4c7a-8948-36f42343c87c"}"#)
    }

    @Test func pongHasNoBody() throws {
        guard case .pong(let pong) = try decodeRoundTrip(EventsHub.Events.HealthEvent.self, Samples.pong) else {
            Issue.record("expected pong")
            return
        }
        #expect(pong.refId == "cbd91850fad5fc286caa89916b081c9d34c4b7bde2ce4ce4392f47527a9cc27")
        #expect(pong.clientId == "d24c0350-936d-4c7a-8948-36f42343c87c")
        #expect(pong.message == "pong")
    }

    @Test func machineEventsOfTheHost() throws {
        guard case .machineStateChanged(let change) = try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, Samples.vmStateChanged) else {
            Issue.record("expected VM_STATE_CHANGED")
            return
        }
        #expect(change.body.previousState == .suspended)
        #expect(change.body.currentState == .resuming)
        #expect(change.body.vmId == "fb83295e-0ccb-46b1-8205-b03997f82b00")
        guard case .machineAdded(let added) = try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, Samples.vmAdded) else {
            Issue.record("expected VM_ADDED")
            return
        }
        #expect(added.body.vmId == "0d1e2f30-4152-6374-8596-a7b8c9d0e1f2")
        #expect(added.body.newVm?["Name"] == .string("ubuntu-22"))
        guard case .machineRemoved(let removed) = try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, Samples.vmRemoved) else {
            Issue.record("expected VM_REMOVED")
            return
        }
        #expect(removed.body.vmId == "0d1e2f30-4152-6374-8596-a7b8c9d0e1f2")
        guard case .machineUpdated(let updated) = try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, Samples.vmUpdated) else {
            Issue.record("expected VM_UPDATED")
            return
        }
        #expect(updated.body?["cpu_count"] == .number(JSONNumber(4)))
    }

    @Test func unknownMachineStateIsKept() throws {
        let text = Samples.vmStateChanged.replacingOccurrences(of: "\"resuming\"", with: "\"migrating\"")
        guard case .machineStateChanged(let change) = try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, text) else {
            Issue.record("expected VM_STATE_CHANGED")
            return
        }
        #expect(change.body.currentState == .unknown("migrating"))
    }

    @Test func unknownMessagesStayRaw() throws {
        let text = Samples.vmRemoved.replacingOccurrences(of: "VM_REMOVED", with: "VM_SNAPSHOT_TAKEN")
        guard case .unknown(let tag, let raw) = try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, text) else {
            Issue.record("expected an unknown pdfm message")
            return
        }
        #expect(tag == "VM_SNAPSHOT_TAKEN")
        #expect(raw["body"]?["vm_id"] == .string("0d1e2f30-4152-6374-8596-a7b8c9d0e1f2"))
        let health = Samples.pong.replacingOccurrences(of: "\"pong\"", with: "\"degraded\"")
        guard case .unknown(let healthTag, _) = try decodeRoundTrip(EventsHub.Events.HealthEvent.self, health) else {
            Issue.record("expected an unknown health message")
            return
        }
        #expect(healthTag == "degraded")
    }

    @Test func malformedTimestampNamesThePointer() {
        let text = Samples.pong.replacingOccurrences(of: "2025-12-12T15:57:55.570578Z", with: "2025-13-12T15:57:55Z")
        expectDecodingError(EventsHub.Events.HealthEvent.self, text, at: "/timestamp")
    }

    /// The welcome, pong and VM samples of the research notes, verbatim from the service's guides.
    @Test(.enabled(if: SharedMaterial.shouldRun, "../shared is not present"))
    func researchSamplesDecode() throws {
        let samples = try SharedMaterial.jsonSamples("research/symbol-and-eventshub.md")
        let welcome = try #require(samples.first { $0.contains("WebSocket connection established") })
        guard case .welcome(let decoded) = try decodeRoundTrip(EventsHub.Events.GlobalEvent.self, welcome) else {
            Issue.record("the research welcome is not a welcome")
            return
        }
        #expect(decoded.body.subscriptions.contains(.orchestrator))
        let pong = try #require(samples.first { $0.contains("\"pong\"") })
        guard case .pong = try decodeRoundTrip(EventsHub.Events.HealthEvent.self, pong) else {
            Issue.record("the research pong is not a pong")
            return
        }
        let machine = try #require(samples.first { $0.contains("VM_STATE_CHANGED") })
        guard case .machineStateChanged(let change) = try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, machine) else {
            Issue.record("the research VM event is not VM_STATE_CHANGED")
            return
        }
        #expect(change.body.currentState == .resuming)
    }
}
