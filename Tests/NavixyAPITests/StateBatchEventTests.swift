import Testing
import SchemaWire
import NavixyAPI

/// `state_batch` in the documented form (bare source states) and the real form (items tagged
/// `source_state_event` / `lifecycle_event`), and an item type this version does not know.
@Suite struct StateBatchEventTests {
    typealias Events = Navixy.Events

    @Test func documentedFormWithBareStates() throws {
        let batch = try Wire.decodeLosslessly(Events.StateBatchEvent.self, NavixySamples.documentedStateBatch)
        #expect(batch.event == "state_batch")
        #expect(batch.userTime?.text == "2018-10-17 12:51:55")
        #expect(batch.data.count == 1)
        guard case .sourceState(let state) = batch.data.first else {
            Issue.record("expected a bare source state, got \(batch.data)")
            return
        }
        let event = try Wire.decode(Events.StateEvent.self, NavixySamples.stateEvent)
        #expect(state == event.data, "the batch item is the same state as the state event's")
        #expect(state.gps?.heading == 248)
        #expect(state.outputsUpdate?.text == "2018-10-17 12:51:43")
    }

    @Test func realFormWithTaggedItemsAndIsoDates() throws {
        let batch = try Wire.decodeLosslessly(Events.StateBatchEvent.self, NavixySamples.wireStateBatch)
        #expect(batch.userTime == nil)
        guard case .sourceStateEvent(let item) = batch.data.first, batch.data.count == 1 else {
            Issue.record("expected one tagged state item, got \(batch.data)")
            return
        }
        #expect(item.type == "source_state_event")
        let state = item.state
        #expect(state.sourceId == 10_434_741)
        let gps = try #require(state.gps)
        #expect(gps.updated?.text == "2025-10-08T18:31:53-06:00")
        #expect(gps.updated?.utcOffset == -6 * 3600)
        #expect(gps.signalLevel == 100)
        #expect(gps.location == .init(lat: 25.846947, lng: -97.795698))
        #expect(gps.heading == 0)
        #expect(gps.speed == 88)
        #expect(gps.alt == 9)
        #expect(state.connectionStatus == .active)
        #expect(state.movementStatus == .moving)
        #expect(state.movementStatusUpdate?.text == "2025-10-08T17:44:33-06:00")
        #expect(state.ignition == true)
        #expect(state.ignitionUpdate?.text == "2025-10-08T17:06:46-06:00")
        #expect(state.inputs == [true, false, false, true])
        #expect(state.inputsUpdate?.text == "2025-10-08T18:31:53-06:00")
        #expect(state.outputs == [false, false, false])
        #expect(state.outputsUpdate?.text == "2025-10-08T18:31:53-06:00")
        #expect(state.lastUpdate?.text == "2025-10-08T18:31:54-06:00")
        let gsm = try #require(state.gsm)
        #expect(gsm.updated?.text == "2025-10-08T18:31:53-06:00")
        #expect(gsm.signalLevel == 29)
        #expect(gsm.networkName == "NEXTEL")
        #expect(gsm.roaming == nil)
        #expect(state.batteryLevel == 66)
        #expect(state.batteryUpdate?.text == "2025-10-08T18:31:53-06:00")
        let additional = try #require(state.additional)
        #expect(additional.count == 2)
        #expect(additional["event_code"]?.value == .string("16"))
        #expect(additional["event_code"]?.updated?.text == "2025-10-08T18:10:51-06:00")
        #expect(additional["moving"]?.value == .string("1"))
        #expect(additional["moving"]?.updated?.text == "2025-10-08T18:31:53-06:00")
        #expect(state.actualTrackUpdate?.text == "2025-10-08T17:44:33-06:00")
    }

    @Test func lifecycleItemsArriveInsideTheBatch() throws {
        let batch = try Wire.decodeLosslessly(Events.StateBatchEvent.self, NavixySamples.mixedStateBatch)
        #expect(batch.data.count == 2)
        guard case .sourceStateEvent(let item) = batch.data.first else {
            Issue.record("expected a state item first, got \(batch.data)")
            return
        }
        #expect(item.state.sourceId == 10_284)
        #expect(item.state.connectionStatus == .offline)
        #expect(item.state.movementStatus == .stopped)
        #expect(item.state.lastUpdate?.utcOffset == 3 * 3600)
        let change = Events.LifecycleChange(
            type: "lifecycle_event", sourceId: 123_456, lifecycleEvent: .block, timestamp: try DateTime(parsing: "2021-01-28 08:16:40")
        )
        #expect(batch.data.last == .lifecycleEvent(change))
    }

    @Test func theLifecycleItemSampleOnItsOwn() throws {
        let item = try Wire.decodeLosslessly(Events.StateBatchItem.self, NavixySamples.lifecycleBatchItem)
        guard case .lifecycleEvent(let change) = item else {
            Issue.record("expected a lifecycle item, got \(item)")
            return
        }
        #expect(change.sourceId == 123_456)
        #expect(change.lifecycleEvent == .block)
        #expect(change.timestamp?.text == "2021-01-28 08:16:40")
    }

    @Test func anUnknownItemTypeIsKeptRawAndTheRestStillDecodes() throws {
        let text = #"{"type":"event","event":"state_batch","data":[{"type":"geofence_event","zone_id":3,"inside":true},{"type":"source_state_event","state":{"source_id":5}}]}"#
        let batch = try Wire.decodeLosslessly(Events.StateBatchEvent.self, text)
        #expect(batch.data.first == .unknown(tag: "geofence_event", raw: try JSONValue(parsing: #"{"type":"geofence_event","zone_id":3,"inside":true}"#)))
        #expect(batch.data.last == .sourceStateEvent(.init(state: .init(sourceId: 5))))
    }

    @Test func aBadItemIsLocatedByItsIndex() throws {
        let text = #"{"type":"event","event":"state_batch","data":[{"type":"source_state_event","state":{"source_id":5}},{"type":"source_state_event","state":{"gps":{}}}]}"#
        let error = try #require(Wire.decodingError(Events.StateBatchEvent.self, text))
        #expect(error.pointer == "/data/1/state")
        #expect(error.reason == .missingKey("source_id"))
    }
}
