import Testing
import SchemaWire
import NavixyAPI

/// The `lifecycle` event (documented and [DRAFT] forms) and the `logout` event.
@Suite struct LifecycleAndLogoutEventTests {
    typealias Events = Navixy.Events

    @Test func documentedLifecycleEvent() throws {
        let event = try Wire.decodeLosslessly(Events.LifecycleEvent.self, NavixySamples.lifecycleEvent)
        #expect(event.event == "lifecycle")
        #expect(event.data.sourceId == 123_456)
        #expect(event.data.lifecycleEvent == .block)
        #expect(event.data.type == nil, "the documented form has no type tag")
        #expect(event.data.timestamp == nil)
    }

    @Test func draftLifecycleEventWithTagAndTimestamp() throws {
        let event = try Wire.decodeLosslessly(Events.LifecycleEvent.self, NavixySamples.draftLifecycleEvent)
        #expect(event.data.type == "lifecycle_event")
        #expect(event.data.lifecycleEvent == .unblock)
        #expect(event.data.timestamp?.text == "2021-01-28 08:16:40")
    }

    @Test func lifecycleKinds() throws {
        #expect(try Wire.decode([Events.LifecycleChangeKind].self, #"["block","unblock","corrupt","merge"]"#) == [.block, .unblock, .corrupt, .unknown("merge")])
    }

    @Test func logoutEvent() throws {
        let event = try Wire.decodeLosslessly(Events.LogoutEvent.self, NavixySamples.logoutEvent)
        #expect(event.type == "event")
        #expect(event.event == "logout")
        #expect(event.data == "session closed")
    }
}
