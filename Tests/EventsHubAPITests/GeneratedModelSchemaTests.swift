import EventsHubAPI
import Foundation
import SchemaWire
import SchemaWireValidation
import Testing

/// The generated Events Hub models and `schema/eventshub/` agree: varied instances of every message
/// decode, re-encode to output the schema accepts with the same members, and decode back equal.
@Suite("Events Hub models agree with their schema")
struct GeneratedModelSchemaTests {
    /// Timestamps in the spellings the hub and its guides use.
    static let values: [String: [String]] = [
        "DateTime": ["2025-02-11T15:12:58Z", "2025-10-08T18:31:53.123456789-06:00", "2024-02-29T00:00:00+01:00"],
    ]

    static let agreement = Result { try ModelSchemaAgreement(folder: packageRoot.appendingPathComponent("schema/eventshub").path, values: values) }
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func expectAgreement<Model: JSONCodable & Equatable>(_ type: Model.Type, _ file: String, _ name: String) throws {
        let problems = try Self.agreement.get().problems(type, file: file, pointer: "/$defs/" + name)
        #expect(problems.isEmpty, "\(problems.count) disagreements, first: \(problems.prefix(3).joined(separator: "\n"))")
    }

    @Test func pushedEvents() throws {
        try expectAgreement(EventsHub.Events.EventMessage.self, "events.schema.json", "EventMessage")
        try expectAgreement(EventsHub.Events.GlobalEvent.self, "events.schema.json", "GlobalEvent")
        try expectAgreement(EventsHub.Events.SystemEvent.self, "events.schema.json", "SystemEvent")
        try expectAgreement(EventsHub.Events.HealthEvent.self, "events.schema.json", "HealthEvent")
        try expectAgreement(EventsHub.Events.PdfmEvent.self, "events.schema.json", "PdfmEvent")
        try expectAgreement(EventsHub.Events.OrchestratorEvent.self, "events.schema.json", "OrchestratorEvent")
    }

    @Test func clientMessages() throws {
        try expectAgreement(EventsHub.Requests.ClientMessage.self, "requests.schema.json", "ClientMessage")
        try expectAgreement(EventsHub.Requests.PingRequest.self, "requests.schema.json", "PingRequest")
        try expectAgreement(EventsHub.Requests.ClientIDRequest.self, "requests.schema.json", "ClientIDRequest")
    }

    @Test func restBodies() throws {
        try expectAgreement(EventsHub.REST.UnsubscribeRequest.self, "rest.schema.json", "UnsubscribeRequest")
        try expectAgreement(EventsHub.REST.ApiErrorResponse.self, "rest.schema.json", "ApiErrorResponse")
        try expectAgreement(EventsHub.REST.ApiErrorDiagnosticsResponse.self, "rest.schema.json", "ApiErrorDiagnosticsResponse")
        try expectAgreement(EventsHub.REST.OAuthErrorResponse.self, "rest.schema.json", "OAuthErrorResponse")
    }

    /// Client messages built in code, over every known event type and ids needing escapes.
    @Test func clientMessagesBuiltInCode() throws {
        let types: [EventsHub.Events.EventType] = [.global, .pdfm, .system, .health, .orchestrator, .systemLogs, .stats, .reverseProxy, .catalogCache, .jobManager, .auth]
        let ids: [String?] = [nil, "", "id \"quoted\" \\ back", "ünï 🚀", "line\nbreak"]
        let models = types.enumerated().map { index, type in
            EventsHub.Requests.ClientMessage(eventType: type, id: ids[index % ids.count], message: ["ping", "client-id", "", "ü\u{1}"][index % 4])
        }
        let problems = try Self.agreement.get().problems(encoding: models, file: "requests.schema.json", pointer: "/$defs/ClientMessage")
        #expect(problems.isEmpty, "\(problems)")
        let pings = ids.map { EventsHub.Requests.PingRequest(id: $0) }
        #expect(try Self.agreement.get().problems(encoding: pings, file: "requests.schema.json", pointer: "/$defs/PingRequest").isEmpty)
    }
}
