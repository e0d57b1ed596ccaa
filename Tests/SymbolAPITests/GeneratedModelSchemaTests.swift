import Foundation
import SchemaWire
import SchemaWireValidation
import SymbolAPI
import Testing

/// The generated Symbol models and `schema/symbol/` agree: varied instances of every message decode,
/// re-encode to output the schema accepts with the same members, and decode back equal.
@Suite("Symbol models agree with their schema")
struct GeneratedModelSchemaTests {
    /// Checksummed addresses (hex and base32) and other values a pattern alone cannot produce.
    static let values: [String: [String]] = [
        "Address": ["9826D27E1D0A26CA4E316F901E23E55C8711DB20DFD26776", "982767F15C8AF2F2C7225D5273FDD683EDC714110ABC41F7", "TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A"],
        "UnresolvedAddress": ["9826D27E1D0A26CA4E316F901E23E55C8711DB20DFD26776", "9960629109A48AFBC0000000000000000000000000000000"],
        "AddressFilter": ["TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A", "C0FB8AA409916260"],
        "HexBytes": ["", "00", "0048656C6C6F", "FE00FF"],
    ]

    static let agreement = Result { try ModelSchemaAgreement(folder: packageRoot.appendingPathComponent("schema/symbol").path, values: values) }
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func expectAgreement<Model: JSONCodable & Equatable>(_ type: Model.Type, _ file: String, _ name: String) throws {
        let problems = try Self.agreement.get().problems(type, file: file, pointer: "/$defs/" + name)
        #expect(problems.isEmpty, "\(problems.count) disagreements, first: \(problems.prefix(3).joined(separator: "\n"))")
    }

    @Test func blockNotifications() throws {
        try expectAgreement(Symbol.Notifications.BlockNotification.self, "notifications.schema.json", "BlockNotification")
        try expectAgreement(Symbol.Notifications.FinalizedBlockNotification.self, "notifications.schema.json", "FinalizedBlockNotification")
    }

    @Test func transactionNotifications() throws {
        try expectAgreement(Symbol.Notifications.TransactionNotification.self, "notifications.schema.json", "TransactionNotification")
        try expectAgreement(Symbol.Notifications.RemovedTransactionNotification.self, "notifications.schema.json", "RemovedTransactionNotification")
    }

    @Test func accountNotifications() throws {
        try expectAgreement(Symbol.Notifications.CosignatureNotification.self, "notifications.schema.json", "CosignatureNotification")
        try expectAgreement(Symbol.Notifications.StatusNotification.self, "notifications.schema.json", "StatusNotification")
    }

    @Test func sessionMessages() throws {
        try expectAgreement(Symbol.Session.Greeting.self, "session.schema.json", "Greeting")
        try expectAgreement(Symbol.Session.SubscribeRequest.self, "session.schema.json", "SubscribeRequest")
        try expectAgreement(Symbol.Session.UnsubscribeRequest.self, "session.schema.json", "UnsubscribeRequest")
    }

    /// The check is not vacuous: a model that keeps fewer members than its schema names (a greeting
    /// read as a subscribe request) is caught on every seed.
    @Test func aModelThatDropsMembersIsCaught() throws {
        let problems = try Self.agreement.get().problems(Symbol.Session.Greeting.self, file: "session.schema.json", pointer: "/$defs/SubscribeRequest")
        #expect(problems.count == 40)
        #expect(problems.allSatisfy { $0.contains("the encoder's output is off-schema") && $0.contains("\"subscribe\"") })
    }
}
