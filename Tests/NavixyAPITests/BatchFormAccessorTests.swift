import Testing
import SchemaWire
import NavixyAPI

/// The accessors that read both wire forms alike: subscribe results with or without
/// `{success, value}`, and batch items tagged or bare.
@Suite struct BatchFormAccessorTests {
    @Test func statusesReadTheSameFromEveryResponseForm() throws {
        let documented = try Wire.decode(Navixy.Responses.SubscribeResponse.self, NavixySamples.subscribeResponse)
        let legacy = try Wire.decode(Navixy.Responses.SubscribeResponse.self, NavixySamples.legacySubscribeResponse)
        let wire = try Wire.decode(Navixy.Responses.SubscribeResponse.self, NavixySamples.wireSubscribeResponse)
        #expect(documented.data?["state"]?.statuses == legacy.data?["state"]?.statuses)
        #expect(legacy.data?["state"]?.statuses == ["15564": .normal, "15565": .blocked, "15568": .notFound])
        #expect(documented.data?["state"]?.success == true)
        #expect(legacy.data?["state"]?.success == nil)
        #expect(wire.data?["readings_batch"]?.success == nil)
        #expect(wire.data?["readings_batch"]?.statuses == ["3435108": .normal, "3437670": .normal])
    }

    @Test func sourceStatesReadTheSameFromTaggedAndBareItems() throws {
        let documented = try Wire.decode(Navixy.Events.StateBatchEvent.self, NavixySamples.documentedStateBatch)
        let mixed = try Wire.decode(Navixy.Events.StateBatchEvent.self, NavixySamples.mixedStateBatch)
        #expect(documented.data.compactMap(\.sourceState).map(\.sourceId) == [10_284])
        #expect(mixed.data.compactMap(\.sourceState).map(\.sourceId) == [10_284])
        #expect(mixed.data.compactMap(\.lifecycleChange).map(\.sourceId) == [123_456])
        #expect(documented.data.compactMap(\.lifecycleChange).isEmpty)
    }

    @Test func readingsReadTheSameFromTaggedAndBareItems() throws {
        let wire = try Wire.decode(Navixy.Events.ReadingsBatchEvent.self, NavixySamples.wireReadingsBatch)
        let documented = try Wire.decode(Navixy.Events.ReadingsBatchEvent.self, NavixySamples.documentedReadingsBatch)
        let tagged = try #require(wire.data.first?.readingsByTracker["3440271"])
        #expect(tagged.inputs?.first?.name == "board_voltage")
        #expect(tagged.states?.count == 2)
        #expect(documented.data.first?.readingsByTracker.keys.sorted() == ["21080"])
        let lifecycle = Navixy.Events.ReadingsBatchItem.lifecycleEvent(.init(sourceId: 1, lifecycleEvent: .corrupt))
        #expect(lifecycle.readingsByTracker.isEmpty)
        #expect(lifecycle.lifecycleChange?.lifecycleEvent == .corrupt)
    }
}
