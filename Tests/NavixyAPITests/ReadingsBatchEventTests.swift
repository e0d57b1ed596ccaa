import Testing
import SchemaWire
import NavixyAPI

/// `readings_batch` in the real form (items tagged `readings_event`) and in the documented form
/// (readings keyed by tracker id).
@Suite struct ReadingsBatchEventTests {
    typealias Events = Navixy.Events

    @Test func realFormFieldByField() throws {
        let batch = try Wire.decodeLosslessly(Events.ReadingsBatchEvent.self, NavixySamples.wireReadingsBatch)
        #expect(batch.event == "readings_batch")
        guard case .readingsEvent(let item) = batch.data.first, batch.data.count == 1 else {
            Issue.record("expected one readings item, got \(batch.data)")
            return
        }
        #expect(item.trackerId == 3_440_271)
        #expect(item.timestamp?.text == "2025-10-08T18:31:29-06:00")
        let input = try #require(item.inputs?.first)
        #expect(item.inputs?.count == 1)
        #expect(input.label == "Board voltage")
        #expect(input.units == "")
        #expect(input.name == "board_voltage")
        #expect(input.type == .power)
        #expect(input.sensorId == 4_647_605)
        #expect(input.value == 13.79)
        #expect(input.unitsType == "volt")
        #expect(input.convertedUnitsType == nil)
        #expect(input.convertedValue == nil)
        #expect(input.updateTime?.text == "2025-10-08T18:31:28-06:00")
        #expect(item.states?.map(\.field) == ["output_status", "input_status"])
        #expect(item.states?.map(\.value) == [.number(JSONNumber(0)), .number(JSONNumber(9))])
        #expect(item.states?.first?.updateTime?.text == "2025-10-08T18:31:28-06:00")
        #expect(item.virtualSensors == [])
        #expect(item.counters == [])
    }

    @Test func documentedFormKeyedByTrackerId() throws {
        let batch = try Wire.decodeLosslessly(Events.ReadingsBatchEvent.self, NavixySamples.documentedReadingsBatch)
        #expect(batch.userTime?.text == "2025-02-11 15:13:00")
        guard case .readingsByTracker(let byTracker) = batch.data.first else {
            Issue.record("expected readings keyed by tracker, got \(batch.data)")
            return
        }
        let readings = try #require(byTracker["21080"])
        let fuel = try #require(readings.inputs?.first)
        #expect(fuel.sensorId == 301)
        #expect(fuel.value == 262.9138)
        #expect(fuel.type == .fuel)
        #expect(fuel.minValue == 0)
        #expect(fuel.maxValue == 400)
        #expect(fuel.compositeSensorIds == [302, 303])
        #expect(readings.states?.first?.value == .string("NEXTEL"))
        let ignition = try #require(readings.virtualSensors?.first)
        #expect(ignition.value == "On")
        #expect(ignition.type == .virtualIgnition)
        #expect(ignition.updateTime?.text == "2025-02-11 15:10:02")
        let odometer = try #require(readings.counters?.first)
        #expect(odometer.type == "odometer")
        #expect(odometer.value == 120_345.6)
    }

    @Test func lifecycleAndUnknownItemsInAReadingsBatch() throws {
        let text = #"{"type":"event","event":"readings_batch","data":[{"type":"lifecycle_event","source_id":9,"lifecycle_event":"corrupt"},{"type":"diagnostics_event","code":4}]}"#
        let batch = try Wire.decodeLosslessly(Events.ReadingsBatchEvent.self, text)
        #expect(batch.data.first == .lifecycleEvent(.init(sourceId: 9, lifecycleEvent: .corrupt)))
        #expect(batch.data.last == .unknown(tag: "diagnostics_event", raw: try JSONValue(parsing: #"{"type":"diagnostics_event","code":4}"#)))
    }

    @Test func everySensorTypeIsNamed() throws {
        let wire = ["fuel", "temperature", "rpm", "custom", "fuel_consumption", "instant_consumption", "power", "speed", "flow_meter", "acceleration", "state", "virtual_ignition"]
        let types = try Wire.decode([Navixy.Common.SensorType].self, "[" + wire.map { "\"\($0)\"" }.joined(separator: ",") + "]")
        #expect(types.map(\.rawValue) == wire)
        #expect(!types.contains { if case .unknown = $0 { true } else { false } })
        #expect(try Wire.decode(Navixy.Common.SensorType.self, #""humidity""#) == .unknown("humidity"))
    }
}
