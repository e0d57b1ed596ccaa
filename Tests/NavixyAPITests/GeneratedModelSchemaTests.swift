import Foundation
import NavixyAPI
import SchemaWire
import SchemaWireValidation
import Testing

/// The generated Navixy models and `schema/navixy/` agree: varied instances of every message decode,
/// re-encode to output the schema accepts with the same members, and decode back equal.
@Suite("Navixy models agree with their schema")
struct GeneratedModelSchemaTests {
    /// Date-times in Navixy's default spelling and the ISO 8601 ones `iso_datetime` asks for.
    static let values: [String: [String]] = [
        "DateTime": ["2018-10-17 12:51:55", "2025-10-08T18:31:53-06:00", "2025-02-11T15:12:58Z", "2025-02-11T15:12:58.250+0100"],
    ]

    static let agreement = Result { try ModelSchemaAgreement(folder: packageRoot.appendingPathComponent("schema/navixy").path, values: values) }
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func expectAgreement<Model: JSONCodable & Equatable>(_ type: Model.Type, _ file: String, _ name: String) throws {
        let problems = try Self.agreement.get().problems(type, file: file, pointer: "/$defs/" + name)
        #expect(problems.isEmpty, "\(problems.count) disagreements, first: \(problems.prefix(3).joined(separator: "\n"))")
    }

    @Test func requests() throws {
        try expectAgreement(Navixy.Requests.SubscribeRequest.self, "requests.schema.json", "SubscribeRequest")
        try expectAgreement(Navixy.Requests.UnsubscribeRequest.self, "requests.schema.json", "UnsubscribeRequest")
        try expectAgreement(Navixy.Requests.LegacySubscribeRequest.self, "requests.schema.json", "LegacySubscribeRequest")
        try expectAgreement(Navixy.Requests.LegacyUnsubscribeRequest.self, "requests.schema.json", "LegacyUnsubscribeRequest")
    }

    @Test func responses() throws {
        try expectAgreement(Navixy.Responses.SubscribeResponse.self, "responses.schema.json", "SubscribeResponse")
        try expectAgreement(Navixy.Responses.UnsubscribeResponse.self, "responses.schema.json", "UnsubscribeResponse")
        try expectAgreement(Navixy.Errors.ErrorResponse.self, "errors.schema.json", "ErrorResponse")
    }

    @Test func events() throws {
        try expectAgreement(Navixy.Events.StateEvent.self, "events.schema.json", "StateEvent")
        try expectAgreement(Navixy.Events.IotMonitorEvent.self, "events.schema.json", "IotMonitorEvent")
        try expectAgreement(Navixy.Events.LifecycleEvent.self, "events.schema.json", "LifecycleEvent")
        try expectAgreement(Navixy.Events.LogoutEvent.self, "events.schema.json", "LogoutEvent")
    }

    /// Batches: a lifecycle item in a batch must carry its tag, since an untagged item is read as the
    /// default variant (the schema's batch unions require `type` of their lifecycle variant).
    @Test func batchEvents() throws {
        try expectAgreement(Navixy.Events.StateBatchEvent.self, "events.schema.json", "StateBatchEvent")
        try expectAgreement(Navixy.Events.ReadingsBatchEvent.self, "events.schema.json", "ReadingsBatchEvent")
    }

    @Test func everyServerMessage() throws {
        try expectAgreement(Navixy.Inbound.ServerMessage.self, "inbound.schema.json", "ServerMessage")
    }

    /// Logout events built in code, with and without a reason, including text needing escapes.
    @Test func logoutEventsBuiltInCode() throws {
        let reasons: [String?] = [nil, "session_expired", "", "quote \" backslash \\ ✓", "line\nbreak \u{1F}"]
        let models = reasons.map { Navixy.Events.LogoutEvent(data: $0) }
        let problems = try Self.agreement.get().problems(encoding: models, file: "events.schema.json", pointer: "/$defs/LogoutEvent")
        #expect(problems.isEmpty, "\(problems)")
    }
}
