import Foundation

extension Sequence where Element == EventsHub.Events.EventType {
    /// The value of the `event_types` query parameter: the names, comma-separated, each once, in
    /// the order given (e.g. `pdfm,health`). `global` may be left out: the server always adds it.
    public var eventTypesQueryValue: String {
        var seen = Set<String>()
        return map(\.rawValue).filter { seen.insert($0).inserted }.joined(separator: ",")
    }
}

extension EventsHub.Events.EventType {
    /// The event types of an `event_types` query value, read as the server does: split at commas,
    /// trimmed, lower-cased, empty items skipped (names this version does not know become `unknown`).
    public static func parseQueryValue(_ value: String) -> [EventsHub.Events.EventType] {
        value.split(separator: ",", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
            .map { EventsHub.Events.EventType(rawValue: $0) }
    }
}
