import Foundation
import SchemaWire

/// Builds the wire channel specs the CLI subscribes to, from command-line style parameters.
enum ChannelPlan {
    /// The Navixy subscription kinds.
    static let navixyKinds = ["state", "state_batch", "readings_batch", "iot_monitor"]

    /// A Navixy sub-request channel. `trackers` empty means every tracker (`target: all`; `state`
    /// needs explicit trackers). `lifecycle` adds the `lifecycle` events to this channel's route.
    static func navixy(
        _ kind: String, trackers: [Int], rateLimit: String? = nil, format: String? = nil, lifecycle: Bool = false
    ) throws(UsageError) -> ChannelSpec {
        guard navixyKinds.contains(kind) else {
            throw UsageError("'\(kind)' is not a Navixy subscription; choose one of \(navixyKinds.joined(separator: ", "))")
        }
        if let format, !["full", "compact"].contains(format) { throw UsageError("'--format' must be full or compact, got '\(format)'") }
        let ids = JSONValue.array(trackers.map { .number(JSONNumber(Int64($0))) })
        var request: [(String, JSONValue)] = [("type", .string(kind))]
        if kind == "state" {
            guard !trackers.isEmpty else { throw UsageError("Navixy 'state' needs '--trackers ID,ID…'") }
            request.append(("trackers", ids))
        } else {
            let target: JSONValue = trackers.isEmpty
                ? .object(["type": .string("all")])
                : .object(["type": .string("selected"), "tracker_ids": ids])
            request.append(("target", target))
            if let rateLimit { request.append(("rate_limit", .string(rateLimit))) }
        }
        if let format, kind == "state" || kind == "state_batch" { request.append(("format", .string(format))) }
        return ChannelSpec(address: kind, routeKeys: lifecycle ? [kind, "lifecycle"] : [kind], request: .object(JSONObject(request)))
    }

    /// A Symbol channel, e.g. `block` or `confirmedAdded/TB…` (the client checks the parameter).
    static func symbol(_ channel: String) -> ChannelSpec {
        ChannelSpec(address: channel)
    }

    /// An Events Hub event type.
    static func eventsHub(_ eventType: String) -> ChannelSpec {
        ChannelSpec(address: eventType.lowercased())
    }

    /// Tracker ids from `101,102` (and repeated options).
    static func trackerIDs(_ values: [String]) throws(UsageError) -> [Int] {
        var ids: [Int] = []
        for part in values.flatMap({ $0.split(separator: ",") }) {
            guard let id = Int(part.trimmingCharacters(in: .whitespaces)), id > 0 else {
                throw UsageError("'\(part)' is not a tracker id")
            }
            ids.append(id)
        }
        return ids
    }
}
