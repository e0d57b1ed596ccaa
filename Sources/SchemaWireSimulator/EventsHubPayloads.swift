import Foundation

/// Synthetic Events Hub envelopes in the shape the Go server writes (`id` 64 hex, RFC 3339 UTC time).
enum EventsHubPayloads {
    static let validTypes: Set<String> = [
        "global", "pdfm", "system", "health", "orchestrator", "system_logs", "stats",
        "reverse_proxy", "catalog_cache", "job_manager", "auth",
    ]

    static func id() -> String {
        (0..<4).map { _ in
            let part = String(UInt64.random(in: 0...UInt64.max), radix: 16)
            return String(repeating: "0", count: 16 - part.count) + part
        }.joined()
    }

    static func timestamp(_ sequence: Int) -> String {
        let seconds = sequence % 60
        return "2025-12-11T13:21:\(seconds < 10 ? "0" : "")\(seconds).514683Z"
    }

    static func welcome(clientID: String, subscriptions: [String]) -> String {
        let list = subscriptions.map { "\"\($0)\"" }.joined(separator: ",")
        return """
        {"id":"\(id())","event_type":"global","timestamp":"\(timestamp(0))",\
        "message":"WebSocket connection established subscribed to global by default",\
        "body":{"client_id":"\(clientID)","subscriptions":[\(list)]}}
        """
    }

    static func pong(clientID: String, refID: String) -> String {
        "{\"id\":\"\(id())\",\"ref_id\":\"\(refID)\",\"event_type\":\"health\",\"timestamp\":\"\(timestamp(1))\",\"message\":\"pong\",\"client_id\":\"\(clientID)\"}"
    }

    static func clientIDReply(clientID: String, refID: String) -> String {
        "{\"id\":\"\(id())\",\"ref_id\":\"\(refID)\",\"event_type\":\"system\",\"timestamp\":\"\(timestamp(1))\",\"message\":\"client-id\",\"body\":{\"client-id\":\"\(clientID)\"},\"client_id\":\"\(clientID)\"}"
    }

    static func error(_ text: String, clientID: String) -> String {
        "{\"id\":\"\(id())\",\"event_type\":\"global\",\"timestamp\":\"\(timestamp(1))\",\"message\":\"error\",\"body\":{\"error\":\"\(text)\"},\"client_id\":\"\(clientID)\"}"
    }

    /// One event for `eventType` at `sequence`, or `nil` for types that carry no synthetic events.
    static func event(_ eventType: String, sequence: Int) -> String? {
        switch eventType {
        case "pdfm":
            let states = ["running", "suspended", "resuming", "stopped"]
            return """
            {"id":"\(id())","event_type":"pdfm","timestamp":"\(timestamp(sequence))","message":"VM_STATE_CHANGED",\
            "body":{"previous_state":"\(states[sequence % 4])","current_state":"\(states[(sequence + 1) % 4])",\
            "vm_id":"fb83295e-0ccb-46b1-8205-\(String(format: "%012d", sequence))"}}
            """
        case "orchestrator":
            return """
            {"id":"\(id())","event_type":"orchestrator","timestamp":"\(timestamp(sequence))","message":"HOST_HEALTH_UPDATE",\
            "body":{"host_id":"host-\(sequence % 3)","state":"\(sequence % 2 == 0 ? "healthy" : "degraded")"}}
            """
        case "global", "health", "system":
            return nil
        default:
            return "{\"id\":\"\(id())\",\"event_type\":\"\(eventType)\",\"timestamp\":\"\(timestamp(sequence))\",\"message\":\"TICK_\(sequence)\"}"
        }
    }
}
