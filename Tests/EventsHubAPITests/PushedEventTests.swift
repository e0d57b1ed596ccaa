import Testing
import EventsHubAPI

/// The envelopes the server pushes, by event type: the welcome and error replies (`global`), the
/// client-id reply (`system`), `pong` (`health`), and the host's VM events (`pdfm`).
@Suite struct PushedEventTests {
    typealias Samples = EventsHubSamples

    @Test func welcomeYieldsTheClientIDAndSubscriptions() throws {
        let welcome = try unwrap(try decodeRoundTrip(EventsHub.Events.GlobalEvent.self, Samples.welcome), "expected the welcome") {
            if case .welcome(let value) = $0 { value } else { nil }
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

    @Test func welcomeIsRecognisedInEitherWording() throws {
        let documented = Samples.welcome.replacingOccurrences(of: "established subscribed", with: "established; subscribed")
        let event = try decodeRoundTrip(EventsHub.Events.GlobalEvent.self, documented)
        let tag = try unwrap(event, "expected the other wording to be an unknown message") {
            if case .unknown(let tag, _) = $0 { tag } else { nil }
        }
        #expect(tag == "WebSocket connection established; subscribed to global by default")
        #expect(event.welcomeBody?.clientId == "338a28f7-666e-46e1-8e7d-4feba5edc061")
        #expect(try decodeRoundTrip(EventsHub.Events.GlobalEvent.self, Samples.welcome).welcomeBody?.subscriptions.count == 4)
        #expect(try decodeRoundTrip(EventsHub.Events.GlobalEvent.self, Samples.error).welcomeBody == nil)
    }

    @Test func errorReplyCarriesTheReason() throws {
        let reply = try unwrap(try decodeRoundTrip(EventsHub.Events.GlobalEvent.self, Samples.error), "expected an error reply") {
            if case .errorReply(let value) = $0 { value } else { nil }
        }
        #expect(reply.eventType == .global)
        #expect(reply.refId == "req-7")
        #expect(reply.body.error == "no handlers registered for type pdfm")
        #expect(reply.clientId == "338a28f7-666e-46e1-8e7d-4feba5edc061")
    }

    @Test func clientIDReplyReadsTheHyphenatedMember() throws {
        let reply = try unwrap(try decodeRoundTrip(EventsHub.Events.SystemEvent.self, Samples.clientID), "expected the client-id reply") {
            if case .clientIDReply(let value) = $0 { value } else { nil }
        }
        #expect(reply.body.clientID == "d24c0350-936d-4c7a-8948-36f42343c87c")
        #expect(reply.refId == "ask-1")
        #expect(reply.timestamp.text == "2025-12-12T09:00:00.5Z")
        #expect(JSONEncoding.encodeToString(reply.body) == #"{"client-id":"d24c0350-936d-4c7a-8948-36f42343c87c"}"#)
    }

    @Test func pongHasNoBody() throws {
        let pong = try unwrap(try decodeRoundTrip(EventsHub.Events.HealthEvent.self, Samples.pong), "expected pong") {
            if case .pong(let value) = $0 { value } else { nil }
        }
        #expect(pong.refId == "cbd91850fad5fc286caa89916b081c9d34c4b7bde2ce4ce4392f47527a9cc27")
        #expect(pong.clientId == "d24c0350-936d-4c7a-8948-36f42343c87c")
        #expect(pong.message == "pong")
    }

    @Test func machineEventsOfTheHost() throws {
        let change = try unwrap(try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, Samples.vmStateChanged), "expected VM_STATE_CHANGED") {
            if case .machineStateChanged(let value) = $0 { value } else { nil }
        }
        #expect(change.body.previousState == .suspended)
        #expect(change.body.currentState == .resuming)
        #expect(change.body.vmId == "fb83295e-0ccb-46b1-8205-b03997f82b00")
        let added = try unwrap(try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, Samples.vmAdded), "expected VM_ADDED") {
            if case .machineAdded(let value) = $0 { value } else { nil }
        }
        #expect(added.body.vmId == "0d1e2f30-4152-6374-8596-a7b8c9d0e1f2")
        #expect(added.body.newVm?["Name"] == .string("ubuntu-22"))
        let removed = try unwrap(try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, Samples.vmRemoved), "expected VM_REMOVED") {
            if case .machineRemoved(let value) = $0 { value } else { nil }
        }
        #expect(removed.body.vmId == "0d1e2f30-4152-6374-8596-a7b8c9d0e1f2")
        let updated = try unwrap(try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, Samples.vmUpdated), "expected VM_UPDATED") {
            if case .machineUpdated(let value) = $0 { value } else { nil }
        }
        #expect(updated.body?["cpu_count"] == .number(JSONNumber(4)))
    }

    @Test func unknownMachineStateIsKept() throws {
        let text = Samples.vmStateChanged.replacingOccurrences(of: "\"resuming\"", with: "\"migrating\"")
        let change = try unwrap(try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, text), "expected VM_STATE_CHANGED") {
            if case .machineStateChanged(let value) = $0 { value } else { nil }
        }
        #expect(change.body.currentState == .unknown("migrating"))
    }

    @Test func unknownMessagesStayRaw() throws {
        let text = Samples.vmRemoved.replacingOccurrences(of: "VM_REMOVED", with: "VM_SNAPSHOT_TAKEN")
        let (tag, raw) = try unwrap(try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, text), "expected an unknown pdfm message") {
            if case .unknown(let a, let b) = $0 { (a, b) } else { nil }
        }
        #expect(tag == "VM_SNAPSHOT_TAKEN")
        #expect(raw["body"]?["vm_id"] == .string("0d1e2f30-4152-6374-8596-a7b8c9d0e1f2"))
        let health = Samples.pong.replacingOccurrences(of: "\"pong\"", with: "\"degraded\"")
        let healthTag = try unwrap(try decodeRoundTrip(EventsHub.Events.HealthEvent.self, health), "expected an unknown health message") {
            if case .unknown(let tag, _) = $0 { tag } else { nil }
        }
        #expect(healthTag == "degraded")
    }

    @Test func unknownSystemMessageStaysRaw() throws {
        let text = Samples.clientID.replacingOccurrences(of: "\"message\": \"client-id\"", with: "\"message\": \"server-version\"")
        let (tag, raw) = try unwrap(try decodeRoundTrip(EventsHub.Events.SystemEvent.self, text), "expected an unknown system message") {
            if case .unknown(let tag, let raw) = $0 { (tag, raw) } else { nil }
        }
        #expect(tag == "server-version")
        #expect(raw["ref_id"] == .string("ask-1"))
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
        let decoded = try unwrap(try decodeRoundTrip(EventsHub.Events.GlobalEvent.self, welcome), "the research welcome is not a welcome") {
            if case .welcome(let value) = $0 { value } else { nil }
        }
        #expect(decoded.body.subscriptions.contains(.orchestrator))
        let pong = try #require(samples.first { $0.contains("\"pong\"") })
        _ = try unwrap(try decodeRoundTrip(EventsHub.Events.HealthEvent.self, pong), "the research pong is not a pong") {
            if case .pong = $0 { () } else { nil }
        }
        let machine = try #require(samples.first { $0.contains("VM_STATE_CHANGED") })
        let change = try unwrap(try decodeRoundTrip(EventsHub.Events.PdfmEvent.self, machine), "the research VM event is not VM_STATE_CHANGED") {
            if case .machineStateChanged(let value) = $0 { value } else { nil }
        }
        #expect(change.body.currentState == .resuming)
    }
}
