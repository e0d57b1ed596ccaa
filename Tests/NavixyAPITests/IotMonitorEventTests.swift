import Testing
import SchemaWire
import NavixyAPI

/// The `iot_monitor` (Data Stream Analyzer) event: per tracker, attribute histories with and without gaps.
@Suite struct IotMonitorEventTests {
    typealias Events = Navixy.Events

    static func sample(_ msgTime: String, _ srvTime: String, _ value: JSONValue?) throws -> Events.AttributeSample {
        Events.AttributeSample(value: value, msgTime: try DateTime(parsing: msgTime), srvTime: try DateTime(parsing: srvTime))
    }

    @Test func fullSampleFieldByField() throws {
        let event = try Wire.decodeLosslessly(Events.IotMonitorEvent.self, NavixySamples.iotMonitorEvent)
        #expect(event.event == "iot_monitor")
        let tracker = try #require(event.data.iotLastValues.first)
        #expect(event.data.iotLastValues.count == 1)
        #expect(tracker.trackerId == 21_080)
        let nonNull = try #require(tracker.nonnullFields)
        let all = try #require(tracker.allFields)
        let attributes = ["heading", "latitude", "lls_level_1", "longitude", "satellites", "speed"]
        #expect(nonNull.keys.sorted() == attributes)
        #expect(all.keys.sorted() == attributes)
        #expect(nonNull["satellites"] == [
            try Self.sample("2025-02-11T15:12:58Z", "2025-02-11T15:12:58Z", .number(JSONNumber(10))),
            try Self.sample("2025-02-11T15:12:52Z", "2025-02-11T15:12:53Z", .number(JSONNumber(10))),
        ])
        #expect(nonNull["heading"]?.map(\.value) == [.number(JSONNumber(7)), .number(JSONNumber(6))])
        #expect(nonNull["latitude"]?.map(\.value) == [.string("5.9654133"), .string("5.9646583")])
        #expect(nonNull["longitude"]?.map(\.value) == [.string("6.5171267"), .string("6.5169383")])
        #expect(nonNull["lls_level_1"]?.map(\.value) == [.string("262.9138"), .string("262.9945")])
        #expect(nonNull["speed"]?.map(\.value) == [.number(JSONNumber(43)), .number(JSONNumber(48))])
        let level = try #require(all["lls_level_1"])
        #expect(level.first?.value == nil || level.first?.value == .null, "the gap is recorded as null")
        #expect(level.first?.msgTime.text == "2025-02-11T15:12:59Z")
        #expect(level.first?.srvTime.date == level.first?.msgTime.date)
        #expect(level.last?.value == .string("262.9945"))
        #expect(all["speed"] == nonNull["speed"])
    }

    @Test func shortResearchSample() throws {
        let event = try Wire.decodeLosslessly(Events.IotMonitorEvent.self, NavixySamples.iotMonitorShortEvent)
        let tracker = try #require(event.data.iotLastValues.first)
        #expect(tracker.trackerId == 21_080)
        #expect(tracker.nonnullFields?["speed"]?.count == 2)
        #expect(tracker.nonnullFields?["lls_level_1"]?.map(\.value) == [.string("262.9138")])
        #expect(tracker.allFields?["lls_level_1"]?.count == 2)
        #expect(tracker.allFields?["speed"] == nil)
    }

    @Test func aSampleWithoutTimesIsAMissingKey() throws {
        let text = #"{"type":"event","event":"iot_monitor","data":{"iot_last_values":[{"tracker_id":1,"all_fields":{"speed":[{"value":3}]}}]}}"#
        let error = try #require(Wire.decodingError(Events.IotMonitorEvent.self, text))
        #expect(error.pointer == "/data/iot_last_values/0/all_fields/speed/0")
        #expect(error.reason == .missingKey("msg_time"))
    }
}
