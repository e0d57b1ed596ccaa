import Foundation
import Testing
import SchemaWire
import SchemaWireValidation

/// The Navixy schema, checked by SchemaWireValidation (an implementation independent of the
/// generated decoders): every server sample satisfies the one-call `ServerMessage` union, and the
/// schema rejects what it should. (That each sample satisfies its own message schema is checked by
/// SchemaWireValidationTests' sample tests, from the `// schema:` lines of `NavixySamples`.)
@Suite struct SchemaValidationTests {
    /// `<package root>/schema/navixy`, found from this file's path.
    static let schemaFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schema/navixy").path

    /// A validator for `reference`, written `file.schema.json#/$defs/Name`.
    static func validator(_ reference: String) throws -> JSONSchemaValidator {
        let parts = reference.split(separator: "#", maxSplits: 1)
        return try JSONSchemaValidator(file: schemaFolder + "/" + parts[0], ref: "#" + parts[1])
    }

    @Test func everyServerSampleSatisfiesTheServerMessageUnion() throws {
        let union = try Self.validator("inbound.schema.json#/$defs/ServerMessage")
        for sample in ServerMessageTests.samples {
            #expect(union.isValid(try JSONValue(parsing: sample.json)), "\(sample.name)")
        }
    }

    @Test(arguments: [
        ("events.schema.json#/$defs/StateBatchItem", #"{"type":"source_state_event"}"#),
        ("events.schema.json#/$defs/StateBatchItem", #"{"source_id":1,"type":"something_else"}"#),
        ("events.schema.json#/$defs/LifecycleEvent", #"{"type":"event","event":"lifecycle","data":{"source_id":1}}"#),
        ("events.schema.json#/$defs/StateEvent", #"{"type":"event","event":"state","data":{"source_id":1,"gps":{"speed":"fast"}}}"#),
        ("requests.schema.json#/$defs/SubscribeRequest", #"{"action":"subscribe","hash":"f4bf1b75","requests":[]}"#),
        ("requests.schema.json#/$defs/StateRequest", #"{"type":"state","target":{"type":"all"}}"#),
        ("responses.schema.json#/$defs/SubscriptionResult", #"{"value":{"1":5}}"#),
        ("common.schema.json#/$defs/DateTime", #""2018-10-17T12:51""#),
        ("errors.schema.json#/$defs/ErrorResponse", #"{"type":"error","status":{"code":3}}"#),
    ])
    func invalidMessagesAreRejected(reference: String, json: String) throws {
        #expect(!(try Self.validator(reference).isValid(JSONValue(parsing: json))))
    }
}
