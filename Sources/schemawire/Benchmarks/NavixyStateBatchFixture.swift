import SchemaWire

/// A deterministic Navixy `state_batch` event with many full tracker states, for the benchmarks.
///
/// The document has the shape real servers send (each item tagged `source_state_event`), dates in
/// Navixy's default `yyyy-MM-dd HH:mm:ss` form, and every field of the full source state. The same `states` count always yields the same bytes, so runs and peers compare alike.
enum NavixyStateBatchFixture {
    /// The event as UTF-8 JSON; 10,000 states make about 8.8 MB.
    static func document(states: Int = 10_000) -> [UInt8] {
        var random = SplitMix64(seed: 0x5C4E_3A11_7E57_BA7C)
        var text = #"{"type":"event","event":"state_batch","data":["#
        text.reserveCapacity(states * 760)
        for index in 0..<states {
            if index > 0 { text += "," }
            text += #"{"type":"source_state_event","state":"#
            text += state(sourceID: 10_000_000 + index, random: &random)
            text += "}"
        }
        text += "]}"
        return Array(text.utf8)
    }

    /// One full source state, every field present, values drawn from `random`.
    private static func state(sourceID: Int, random: inout SplitMix64) -> String {
        let second = Int(random.next() % 86_400)
        func time(_ offset: Int) -> String {
            let total = max(0, second - offset)
            return "2025-10-08 " + two(total / 3600) + ":" + two(total / 60 % 60) + ":" + two(total % 60)
        }
        let lat = Double(Int64(random.next() % 180_000_000) - 90_000_000) / 1_000_000
        let lng = Double(Int64(random.next() % 360_000_000) - 180_000_000) / 1_000_000
        let speed = Int(random.next() % 130)
        let moving = speed > 0
        let inputs = (0..<4).map { _ in random.next() & 1 == 1 ? "true" : "false" }.joined(separator: ",")
        let outputs = (0..<3).map { _ in random.next() & 1 == 1 ? "true" : "false" }.joined(separator: ",")
        let connection = ["active", "idle", "offline", "signal_lost", "just_registered"][Int(random.next() % 5)]
        let movement = moving ? "moving" : ["stopped", "parked"][Int(random.next() % 2)]
        var parts: [String] = []
        parts.append(#""source_id":\#(sourceID)"#)
        parts.append(
            #""gps":{"updated":"\#(time(1))","signal_level":\#(random.next() % 101),"#
                + #""location":{"lat":\#(lat),"lng":\#(lng)},"heading":\#(random.next() % 360),"#
                + #""speed":\#(speed),"alt":\#(random.next() % 3000),"precision":\#(random.next() % 50)}"#
        )
        parts.append(#""connection_status":"\#(connection)","movement_status":"\#(movement)""#)
        parts.append(#""movement_status_update":"\#(time(2700))","ignition":\#(moving),"ignition_update":"\#(time(5000))""#)
        parts.append(
            #""gsm":{"updated":"\#(time(1))","signal_level":\#(random.next() % 101),"network_name":"NEXTEL","roaming":null}"#
        )
        parts.append(#""last_update":"\#(time(0))","battery_level":\#(random.next() % 101),"battery_update":"\#(time(1))""#)
        parts.append(#""inputs":[\#(inputs)],"inputs_update":"\#(time(1))","outputs":[\#(outputs)],"outputs_update":"\#(time(1))""#)
        parts.append(
            #""additional":{"event_code":{"value":"\#(random.next() % 64)","updated":"\#(time(1200))"},"#
                + #""moving":{"value":"\#(moving ? 1 : 0)","updated":"\#(time(1))"}}"#
        )
        parts.append(#""actual_track_update":"\#(time(2700))""#)
        return "{" + parts.joined(separator: ",") + "}"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
