import Testing
import SchemaWire
import NavixyAPI

/// `Navixy.Inbound.ServerMessage` decodes any server frame in one call, dispatching on `type` and
/// then `event` or `action`; kinds it does not know are kept raw.
@Suite struct ServerMessageTests {
    typealias ServerMessage = Navixy.Inbound.ServerMessage

    /// Every server → client sample and the case it must land in.
    static let samples: [(name: String, json: String, kind: String)] = [
        ("legacySubscribeResponse", NavixySamples.legacySubscribeResponse, "subscribe"),
        ("subscribeResponse", NavixySamples.subscribeResponse, "subscribe"),
        ("wireSubscribeResponse", NavixySamples.wireSubscribeResponse, "subscribe"),
        ("legacyUnsubscribeResponse", NavixySamples.legacyUnsubscribeResponse, "unsubscribe"),
        ("requestsUnsubscribeResponse", NavixySamples.requestsUnsubscribeResponse, "unsubscribe"),
        ("errorWithRequestData", NavixySamples.errorWithRequestData, "error"),
        ("errorWrongHash", NavixySamples.errorWrongHash, "error"),
        ("errorWithTextData", NavixySamples.errorWithTextData, "error"),
        ("stateEvent", NavixySamples.stateEvent, "state"),
        ("documentedStateBatch", NavixySamples.documentedStateBatch, "state_batch"),
        ("wireStateBatch", NavixySamples.wireStateBatch, "state_batch"),
        ("mixedStateBatch", NavixySamples.mixedStateBatch, "state_batch"),
        ("wireReadingsBatch", NavixySamples.wireReadingsBatch, "readings_batch"),
        ("documentedReadingsBatch", NavixySamples.documentedReadingsBatch, "readings_batch"),
        ("iotMonitorEvent", NavixySamples.iotMonitorEvent, "iot_monitor"),
        ("iotMonitorShortEvent", NavixySamples.iotMonitorShortEvent, "iot_monitor"),
        ("lifecycleEvent", NavixySamples.lifecycleEvent, "lifecycle"),
        ("draftLifecycleEvent", NavixySamples.draftLifecycleEvent, "lifecycle"),
        ("logoutEvent", NavixySamples.logoutEvent, "logout"),
    ]

    static func kind(of message: ServerMessage) -> String {
        switch message {
        case .event(.state): "state"
        case .event(.stateBatch): "state_batch"
        case .event(.readingsBatch): "readings_batch"
        case .event(.iotMonitor): "iot_monitor"
        case .event(.lifecycle): "lifecycle"
        case .event(.logout): "logout"
        case .event(.unknown(let tag, _)): "unknown event \(tag)"
        case .response(.subscribeResponse): "subscribe"
        case .response(.unsubscribeResponse): "unsubscribe"
        case .response(.unknown(let tag, _)): "unknown response \(tag)"
        case .error: "error"
        case .unknown(let tag, _): "unknown \(tag)"
        }
    }

    @Test(arguments: samples)
    func everyServerSampleLandsInItsCase(sample: (name: String, json: String, kind: String)) throws {
        let message = try Wire.decodeLosslessly(ServerMessage.self, sample.json)
        #expect(Self.kind(of: message) == sample.kind, "\(sample.name)")
    }

    @Test func theUnionCarriesTheSameValueAsTheMessageType() throws {
        let message = try Wire.decode(ServerMessage.self, NavixySamples.wireStateBatch)
        #expect(message == .event(.stateBatch(try Wire.decode(Navixy.Events.StateBatchEvent.self, NavixySamples.wireStateBatch))))
        let error = try Wire.decode(ServerMessage.self, NavixySamples.errorWrongHash)
        #expect(error == .error(try Wire.decode(Navixy.Errors.ErrorResponse.self, NavixySamples.errorWrongHash)))
    }

    @Test func anUnknownEventIsKeptRaw() throws {
        let text = #"{"type":"event","event":"geofence_alert","data":{"zone_id":7,"inside":true}}"#
        let message = try Wire.decodeLosslessly(ServerMessage.self, text)
        #expect(message == .event(.unknown(tag: "geofence_alert", raw: try JSONValue(parsing: text))))
    }

    @Test func anUnknownMessageTypeIsKeptRaw() throws {
        let text = #"{"text":"maintenance at 03:00","type":"notice"}"#
        #expect(try Wire.decodeLosslessly(ServerMessage.self, text) == .unknown(tag: "notice", raw: try JSONValue(parsing: text)))
    }

    @Test func anUnknownResponseActionIsKeptRaw() throws {
        let text = #"{"type":"response","action":"subscription/renew","data":{}}"#
        #expect(try Wire.decode(ServerMessage.self, text) == .response(.unknown(tag: "subscription/renew", raw: try JSONValue(parsing: text))))
    }

    @Test func theTagIsFoundWhereverItIs() throws {
        let text = #"{"data":"session closed","event":"logout","type":"event"}"#
        #expect(try Wire.decode(ServerMessage.self, text) == .event(.logout(.init(data: "session closed"))))
    }

    @Test func aFrameWithoutTypeIsATypedError() throws {
        let error = try #require(Wire.decodingError(ServerMessage.self, #"{"event":"state","data":{"source_id":1}}"#))
        #expect(error.reason == .missingKey("type"))
    }

    @Test(arguments: ["X", "b623a15d-9623-4fd8-a9d3-697036635c29|30000|X|", ""])
    func atmosphereFramesAreTypedErrorsNotCrashes(frame: String) throws {
        // The client adapter filters these frames out before decoding; if one slips through, it is an error value.
        let error = try #require(Wire.decodingError(ServerMessage.self, frame))
        #expect(error.pointer == "")
        #expect(error.byteOffset == 0)
    }

    @Test func aMalformedMemberInsideTheUnionIsLocated() throws {
        let text = NavixySamples.wireReadingsBatch.replacing(#""value":13.79"#, with: #""value":"13.79""#)
        let error = try #require(Wire.decodingError(ServerMessage.self, text))
        #expect(error.pointer == "/data/0/inputs/0/value")
    }
}
