import Foundation
import SchemaWire
import SchemaWireSocket

/// A Navixy event socket reduced to what the stream benchmark needs: the Atmosphere handshake frame,
/// an answer to `subscribe` / `unsubscribe`, then a stream of ≈1 KB `state` events whose `source_id`
/// carries the send time (`CLOCK_MONOTONIC` ns), so any consumer can compute its latency.
final class StreamBenchServer: Sendable {
    /// What the server sends once a client has subscribed.
    enum Plan: Sendable {
        /// `count` events, pre-encoded, written as fast as the socket takes them.
        case flood(count: Int)
        /// `perSecond` events for `seconds`, in batches every millisecond, each stamped when built.
        case paced(perSecond: Int, seconds: Double)
    }

    private let server: WebSocketServer
    private let plan: Locked<Plan>

    /// Listens on an ephemeral loopback port.
    init() throws {
        let plan = Locked(Plan.flood(count: 0))
        self.plan = plan
        server = try WebSocketServer { connection in await Self.serve(connection, plan: plan) }
    }

    /// The API base URL the typed client takes.
    var baseURL: URL { URL(string: "http://127.0.0.1:\(server.port)/v2")! }
    /// The socket URL a raw WebSocket client opens.
    var socketURL: String { "ws://127.0.0.1:\(server.port)/v2/event/subscription" }

    /// Sets what the next subscriber receives.
    func setPlan(_ newPlan: Plan) { plan.withLock { $0 = newPlan } }

    /// Stops the server.
    func shutdown() async { await server.shutdown() }

    /// One state event with `stamp` as its `source_id` (≈1 KB).
    static func event(stamp: Int) -> String {
        eventPrefix + String(stamp) + eventSuffix
    }

    private static let eventPrefix = #"{"type":"event","event":"state","user_time":"2025-10-08 18:20:31","data":{"source_id":"#
    private static let eventSuffix = #","gps":{"updated":"2025-10-08 18:20:30","signal_level":87,"location":{"lat":52.370216,"lng":4.895168},"#
        + #""heading":212,"speed":63,"alt":12,"precision":4},"connection_status":"active","movement_status":"moving","#
        + #""movement_status_update":"2025-10-08 17:55:02","ignition":true,"ignition_update":"2025-10-08 17:54:40","#
        + #""gsm":{"updated":"2025-10-08 18:20:30","signal_level":71,"network_name":"KPN NL","roaming":false},"#
        + #""last_update":"2025-10-08 18:20:31","battery_level":92,"battery_update":"2025-10-08 18:20:30","#
        + #""inputs":[true,false,false,true,false,false,false,false],"inputs_update":"2025-10-08 18:20:30","#
        + #""outputs":[false,true,false,false],"outputs_update":"2025-10-08 18:20:30","#
        + #""additional":{"event_code":{"value":"240","updated":"2025-10-08 18:20:31"},"#
        + #""hardware_key":{"value":"7F01AC33D2","updated":"2025-10-08 18:11:09"},"#
        + #""obd_mileage":{"value":"184233.5","updated":"2025-10-08 18:20:29"},"#
        + #""fuel_level":{"value":"61","updated":"2025-10-08 18:20:29"}},"#
        + #""actual_track_update":"2025-10-08 18:20:31"}}"#

    private static func serve(_ connection: WebSocketConnection, plan: Locked<Plan>) async {
        guard (try? await connection.send(text: "\(UUID().uuidString.lowercased())|30000|X|")) != nil else { return }
        var pusher: Task<Void, Never>?
        defer { pusher?.cancel() }
        do {
            for try await message in connection.messages {
                let action = WireProbe.stringMember("action", of: TransportMessage(kind: .text, bytes: message.bytes))
                if action == "subscribe" {
                    try await connection.send(text: #"{"type":"response","action":"subscription/subscribe","events":["state"],"data":{"state":{"success":true,"value":{"1":"normal"}}}}"#)
                    let current = plan.withLock { $0 }
                    pusher = Task { await push(current, to: connection) }
                } else if action == "unsubscribe" {
                    try await connection.send(text: #"{"type":"response","action":"subscription/unsubscribe","events":["state"],"data":[1]}"#)
                }
            }
        } catch {
            return
        }
    }

    private static func push(_ plan: Plan, to connection: WebSocketConnection) async {
        switch plan {
        case .flood(let count):
            let chunk = WebSocketEncodedFrames(repeating: WebSocketMessage(text: event(stamp: MonotonicClock.nanoseconds())), count: 500)
            var sent = 0
            while sent < count, !Task.isCancelled {
                guard (try? await connection.send(chunk)) != nil else { return }
                sent += chunk.messageCount
            }
        case .paced(let perSecond, let seconds):
            let batches = Int(seconds * 1000)
            let perBatch = max(1, perSecond / 1000)
            let start = ContinuousClock.now
            for batch in 0..<batches where !Task.isCancelled {
                try? await Task.sleep(until: start + .milliseconds(batch), clock: .continuous)
                let messages = (0..<perBatch).map { _ in WebSocketMessage(text: event(stamp: MonotonicClock.nanoseconds())) }
                guard (try? await connection.send(WebSocketEncodedFrames(messages: messages))) != nil else { return }
            }
        }
    }
}
