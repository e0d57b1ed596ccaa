/// Synthetic Navixy messages in the shapes the research notes record (sources move a little on
/// every tick, so values differ between events).
enum NavixyPayloads {
    /// The source id the simulator reports for a tracker (a different number space, as on real servers).
    static func sourceID(ofTracker tracker: Int) -> Int { tracker + 10_000 }

    static func time(_ sequence: Int) -> String {
        let seconds = sequence % 60
        let minutes = (sequence / 60) % 60
        return "2025-10-08 18:\(pad(minutes)):\(pad(seconds))"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// A full source state for `tracker` at `sequence`.
    static func sourceState(tracker: Int, sequence: Int) -> String {
        let lat = 25.846947 + Double(sequence % 1000) * 0.0001
        let lng = -97.795698 + Double(tracker % 100) * 0.001
        let now = time(sequence)
        return """
        {"source_id":\(sourceID(ofTracker: tracker)),"gps":{"updated":"\(now)","signal_level":100,\
        "location":{"lat":\(lat),"lng":\(lng)},"heading":\(sequence % 360),"speed":\(sequence % 120),"alt":9},\
        "connection_status":"active","movement_status":"\(sequence % 2 == 0 ? "moving" : "stopped")",\
        "movement_status_update":"\(now)","ignition":true,"ignition_update":"\(now)",\
        "gsm":{"updated":"\(now)","signal_level":29,"network_name":"SIMNET","roaming":null},\
        "last_update":"\(now)","battery_level":66,"battery_update":"\(now)",\
        "inputs":[true,false,false,true],"inputs_update":"\(now)","outputs":[false,false,false],"outputs_update":"\(now)",\
        "additional":{"event_code":{"value":"16","updated":"\(now)"}},"actual_track_update":"\(now)"}
        """
    }

    static func stateEvent(tracker: Int, sequence: Int) -> String {
        "{\"type\":\"event\",\"event\":\"state\",\"user_time\":\"\(time(sequence))\",\"data\":\(sourceState(tracker: tracker, sequence: sequence))}"
    }

    static func stateBatch(trackers: [Int], sequence: Int, form: NavixyBatchForm) -> String {
        switch form {
        case .tagged:
            let items = trackers.map { "{\"state\":\(sourceState(tracker: $0, sequence: sequence)),\"type\":\"source_state_event\"}" }
            return "{\"data\":[\(items.joined(separator: ","))],\"type\":\"event\",\"event\":\"state_batch\"}"
        case .documented:
            let items = trackers.map { sourceState(tracker: $0, sequence: sequence) }
            return "{\"type\":\"event\",\"event\":\"state_batch\",\"user_time\":\"\(time(sequence))\",\"data\":[\(items.joined(separator: ","))]}"
        }
    }

    static func readingsBatch(trackers: [Int], sequence: Int) -> String {
        let items = trackers.map { tracker in
            """
            {"tracker_id":\(tracker),"inputs":[{"label":"Board voltage","units":"","name":"board_voltage","type":"power",\
            "sensor_id":\(tracker * 10),"value":\(12.0 + Double(sequence % 30) / 10),"units_type":"volt","converted_units_type":null,\
            "converted_value":null,"update_time":"\(time(sequence))"}],"states":[{"field":"input_status","value":\(sequence % 16),\
            "update_time":"\(time(sequence))"}],"virtual_sensors":[],"counters":[],"timestamp":"\(time(sequence))","type":"readings_event"}
            """
        }
        return "{\"data\":[\(items.joined(separator: ","))],\"type\":\"event\",\"event\":\"readings_batch\"}"
    }

    static func iotMonitor(trackers: [Int], sequence: Int) -> String {
        let entries = trackers.map { tracker in
            """
            {"tracker_id":\(tracker),"nonnull_fields":{"speed":[{"msg_time":"2025-02-11T15:12:58Z","srv_time":"2025-02-11T15:12:58Z","value":\(sequence % 120)}]},\
            "all_fields":{"speed":[{"msg_time":"2025-02-11T15:12:58Z","srv_time":"2025-02-11T15:12:58Z","value":null}]}}
            """
        }
        return "{\"event\":\"iot_monitor\",\"type\":\"event\",\"data\":{\"iot_last_values\":[\(entries.joined(separator: ","))]}}"
    }

    static func lifecycle(tracker: Int, change: String) -> String {
        "{\"type\":\"event\",\"event\":\"lifecycle\",\"data\":{\"source_id\":\(sourceID(ofTracker: tracker)),\"lifecycle_event\":\"\(change)\"}}"
    }

    static func logout(_ reason: String) -> String {
        "{\"type\":\"event\",\"event\":\"logout\",\"data\":\"\(reason)\"}"
    }

    static func error(action: String, code: Int, description: String) -> String {
        "{\"type\":\"error\",\"action\":\"\(action)\",\"status\":{\"code\":\(code),\"description\":\"\(description)\"}}"
    }
}
