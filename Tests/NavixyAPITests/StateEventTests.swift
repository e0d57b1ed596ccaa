import Foundation
import Testing
import SchemaWire
import NavixyAPI

/// The `state` event and the source state it carries, in the full and the compact format.
@Suite struct StateEventTests {
    typealias State = Navixy.State

    static func date(_ text: String) throws -> DateTime { try DateTime(parsing: text) }

    @Test func fullStateEventFieldByField() throws {
        let event = try Wire.decodeLosslessly(Navixy.Events.StateEvent.self, NavixySamples.stateEvent)
        #expect(event.type == "event")
        #expect(event.event == "state")
        #expect(event.userTime == (try Self.date("2018-10-17 12:51:55")))
        let state = event.data
        #expect(state.sourceId == 10_284)
        let gps = try #require(state.gps)
        #expect(gps.updated == (try Self.date("2018-10-17 12:51:43")))
        #expect(gps.signalLevel == 100)
        #expect(gps.location == State.Location(lat: 14.330065796228606, lng: -90.99037259141691))
        #expect(gps.heading == 248)
        #expect(gps.speed == 0)
        #expect(gps.alt == 431)
        #expect(gps.precision == nil)
        #expect(state.connectionStatus == .active)
        #expect(state.movementStatus == .parked)
        #expect(state.movementStatusUpdate == (try Self.date("2018-10-04 22:47:07")))
        #expect(state.ignition == false)
        #expect(state.ignitionUpdate == (try Self.date("2018-10-04 22:47:07")))
        #expect(state.gsm == nil, "gsm is null in the sample")
        #expect(state.lastUpdate == (try Self.date("2018-10-17 12:51:46")))
        #expect(state.batteryLevel == nil)
        #expect(state.batteryUpdate == nil)
        #expect(state.inputs == Array(repeating: false, count: 8))
        #expect(state.inputsUpdate == (try Self.date("2018-10-17 12:51:43")))
        #expect(state.outputs == Array(repeating: false, count: 8))
        #expect(state.outputsUpdate == (try Self.date("2018-10-17 12:51:43")))
        #expect(state.actualTrackUpdate == (try Self.date("2018-10-04 22:47:07")))
        #expect(state.additional == nil)
    }

    @Test func zoneLessTimesBecomeInstantsInTheUsersZone() throws {
        let event = try Wire.decode(Navixy.Events.StateEvent.self, NavixySamples.stateEvent)
        let userTime = try #require(event.userTime)
        #expect(userTime.utcOffset == nil)
        let guatemala = try #require(TimeZone(identifier: "America/Guatemala"))
        #expect(userTime.date(in: guatemala) == ISO8601DateFormatter().date(from: "2018-10-17T18:51:55Z"))
    }

    @Test func compactSourceState() throws {
        let state = try Wire.decodeLosslessly(State.SourceState.self, NavixySamples.compactSourceState)
        #expect(state.sourceId == 10_284)
        #expect(state.gps?.speed == 0)
        #expect(state.gps?.location?.lng == -90.99037259141691)
        #expect(state.connectionStatus == .active)
        #expect(state.movementStatus == .parked)
        #expect(state.movementStatusUpdate?.text == "2018-10-04 22:47:07")
        #expect(state.ignition == false)
        #expect(state.ignitionUpdate?.text == "2018-10-04 22:47:07")
        #expect(state.lastUpdate?.text == "2018-10-17 12:51:46")
        #expect(state.gsm == nil && state.inputs == nil && state.outputs == nil && state.batteryLevel == nil && state.additional == nil)
    }

    @Test(arguments: ["signal_lost", "just_registered", "just_replaced", "offline", "idle", "active"])
    func everyConnectionStatusIsNamed(wire: String) throws {
        let status = try Wire.decode(State.ConnectionStatus.self, "\"\(wire)\"")
        #expect(status.rawValue == wire)
        if case .unknown = status { Issue.record("\(wire) is not named") }
    }

    @Test func movementStatusesAndUnknownValues() throws {
        #expect(try Wire.decode([State.MovementStatus].self, #"["moving","stopped","parked"]"#) == [.moving, .stopped, .parked])
        let state = try Wire.decodeLosslessly(
            State.SourceState.self, #"{"source_id":1,"connection_status":"hibernating","movement_status":"towed"}"#
        )
        #expect(state.connectionStatus == .unknown("hibernating"))
        #expect(state.movementStatus == .unknown("towed"))
    }

    @Test func unknownMembersAreIgnored() throws {
        let state = try Wire.decode(State.SourceState.self, #"{"source_id":7,"future_member":{"a":[1,2]},"gps":{"speed":5,"satellites":9}}"#)
        #expect(state.sourceId == 7)
        #expect(state.gps?.speed == 5)
    }

    @Test func aWrongTypeDeepInsideIsLocatedByPointer() throws {
        let text = NavixySamples.stateEvent.replacing(#""speed": 0"#, with: #""speed": "fast""#)
        let error = try #require(Wire.decodingError(Navixy.Events.StateEvent.self, text))
        #expect(error.pointer == "/data/gps/speed")
        guard case .typeMismatch = error.reason else {
            Issue.record("expected a type mismatch, got \(error.reason)")
            return
        }
    }

    @Test func aBadDateIsLocatedByPointer() throws {
        let text = NavixySamples.stateEvent.replacing(#""last_update": "2018-10-17 12:51:46""#, with: #""last_update": "2018-10-17 25:51:46""#)
        let error = try #require(Wire.decodingError(Navixy.Events.StateEvent.self, text))
        #expect(error.pointer == "/data/last_update")
        #expect(error.description.contains("hour 25"))
    }

    @Test func aMissingSourceIdIsAMissingKey() throws {
        let error = try #require(Wire.decodingError(Navixy.Events.StateEvent.self, #"{"type":"event","event":"state","data":{"gps":{}}}"#))
        #expect(error.pointer == "/data")
        #expect(error.reason == .missingKey("source_id"))
    }
}
