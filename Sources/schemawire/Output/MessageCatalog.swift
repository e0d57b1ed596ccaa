import EventsHubAPI
import NavixyAPI
import SchemaWire
import SymbolAPI

/// Picks the generated type of one inbound message (by the API's discriminator) and decodes it with
/// the generated decoder; errors carry the JSON pointer of the first problem.
enum MessageCatalog {
    /// Decodes one server message of `api`.
    static func decode(_ bytes: [UInt8], api: APIName) throws(JSONDecodingError) -> DecodedMessage {
        let message = TransportMessage(kind: .text, bytes: bytes)
        switch api {
        case .navixy:
            let channel = WireProbe.stringMember("event", of: message) ?? WireProbe.stringMember("type", of: message) ?? "?"
            return typed(try JSONDecoding.decode(Navixy.Inbound.ServerMessage.self, from: bytes), api: api, channel: channel)
        case .symbol:
            return try decodeSymbol(bytes, message: message)
        case .eventshub:
            return try decodeEventsHub(bytes, message: message)
        }
    }

    private static func decodeSymbol(_ bytes: [UInt8], message: TransportMessage) throws(JSONDecodingError) -> DecodedMessage {
        guard let topic = WireProbe.stringMember("topic", of: message) else {
            return typed(try JSONDecoding.decode(Symbol.Session.Greeting.self, from: bytes), api: .symbol, channel: "uid")
        }
        let name = topic.split(separator: "/", maxSplits: 1).first.map(String.init) ?? topic
        func decode<T: JSONDecodable & JSONEncodable>(_ type: T.Type) throws(JSONDecodingError) -> DecodedMessage {
            typed(try JSONDecoding.decode(type, from: bytes), api: .symbol, channel: name)
        }
        switch SymbolChannelName(rawValue: name) {
        case .block?: return try decode(Symbol.Notifications.BlockNotification.self)
        case .finalizedBlock?: return try decode(Symbol.Notifications.FinalizedBlockNotification.self)
        case .confirmedAdded?, .unconfirmedAdded?, .partialAdded?: return try decode(Symbol.Notifications.TransactionNotification.self)
        case .unconfirmedRemoved?, .partialRemoved?: return try decode(Symbol.Notifications.RemovedTransactionNotification.self)
        case .cosignature?: return try decode(Symbol.Notifications.CosignatureNotification.self)
        case .status?: return try decode(Symbol.Notifications.StatusNotification.self)
        case nil:
            throw JSONDecodingError(.invalidValue(expected: "a Symbol channel name", found: "\"\(name)\""), typeName: "Symbol topic", pointer: "/topic")
        }
    }

    private static func decodeEventsHub(_ bytes: [UInt8], message: TransportMessage) throws(JSONDecodingError) -> DecodedMessage {
        let eventType = WireProbe.stringMember("event_type", of: message)
        func decode<T: JSONDecodable & JSONEncodable>(_ type: T.Type) throws(JSONDecodingError) -> DecodedMessage {
            typed(try JSONDecoding.decode(type, from: bytes), api: .eventshub, channel: eventType ?? "?")
        }
        switch eventType {
        case "global"?: return try decode(EventsHub.Events.GlobalEvent.self)
        case "system"?: return try decode(EventsHub.Events.SystemEvent.self)
        case "health"?: return try decode(EventsHub.Events.HealthEvent.self)
        case "pdfm"?: return try decode(EventsHub.Events.PdfmEvent.self)
        case "orchestrator"?: return try decode(EventsHub.Events.OrchestratorEvent.self)
        default: return try decode(EventsHub.Events.EventMessage.self)
        }
    }

    /// Wraps a decoded value, unwrapping unions down to the variant they hold.
    private static func typed(_ value: some JSONEncodable, api: APIName, channel: String) -> DecodedMessage {
        let inner = ValueFormatter.unwrapUnion(value)
        return DecodedMessage(api: api, channel: channel, value: inner.value, typeName: inner.typeName)
    }
}
