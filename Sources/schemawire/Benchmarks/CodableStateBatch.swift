/// The `state_batch` event as a Swift user would write it by hand for `JSONDecoder`: the peer of
/// `bench decode`. Field for field what the generated `Navixy.Events.StateBatchEvent` reads.
struct CodableStateBatch: Codable {
    let type: String
    let event: String
    let userTime: String?
    let data: [Item]

    enum CodingKeys: String, CodingKey {
        case type, event, data
        case userTime = "user_time"
    }

    struct Item: Codable {
        let type: String
        let state: State
    }

    struct State: Codable {
        let sourceId: Int
        let gps: GPS?
        let connectionStatus: ConnectionStatus?
        let movementStatus: MovementStatus?
        let movementStatusUpdate: String?
        let ignition: Bool?
        let ignitionUpdate: String?
        let gsm: GSM?
        let lastUpdate: String?
        let batteryLevel: Int?
        let batteryUpdate: String?
        let inputs: [Bool]?
        let inputsUpdate: String?
        let outputs: [Bool]?
        let outputsUpdate: String?
        let additional: [String: Additional]?
        let actualTrackUpdate: String?

        enum CodingKeys: String, CodingKey {
            case gps, ignition, gsm, inputs, outputs, additional
            case sourceId = "source_id"
            case connectionStatus = "connection_status"
            case movementStatus = "movement_status"
            case movementStatusUpdate = "movement_status_update"
            case ignitionUpdate = "ignition_update"
            case lastUpdate = "last_update"
            case batteryLevel = "battery_level"
            case batteryUpdate = "battery_update"
            case inputsUpdate = "inputs_update"
            case outputsUpdate = "outputs_update"
            case actualTrackUpdate = "actual_track_update"
        }
    }

    enum ConnectionStatus: String, Codable {
        case active, idle, offline
        case signalLost = "signal_lost"
        case justRegistered = "just_registered"
        case justReplaced = "just_replaced"
    }

    enum MovementStatus: String, Codable {
        case moving, stopped, parked
    }

    struct GPS: Codable {
        let updated: String?
        let signalLevel: Int?
        let location: Location?
        let heading: Int?
        let speed: Int?
        let alt: Int?
        let precision: Int?

        enum CodingKeys: String, CodingKey {
            case updated, location, heading, speed, alt, precision
            case signalLevel = "signal_level"
        }
    }

    struct Location: Codable {
        let lat: Double
        let lng: Double
    }

    struct GSM: Codable {
        let updated: String?
        let signalLevel: Int?
        let networkName: String?
        let roaming: Bool?

        enum CodingKeys: String, CodingKey {
            case updated, roaming
            case signalLevel = "signal_level"
            case networkName = "network_name"
        }
    }

    struct Additional: Codable {
        let value: String?
        let updated: String?
    }
}

/// The `state` event for `JSONDecoder`: the peer of the single-event row of `bench decode`.
struct CodableStateEvent: Codable {
    let type: String
    let event: String
    let userTime: String?
    let data: CodableStateBatch.State

    enum CodingKeys: String, CodingKey {
        case type, event, data
        case userTime = "user_time"
    }
}
