import Testing
import SchemaWire
import NavixyAPI

/// The answers to subscribe and unsubscribe, in the documented `{success, value}` form, the form
/// real servers send (no `success`) and the legacy bare status map.
@Suite struct ResponseMessageTests {
    typealias Responses = Navixy.Responses

    @Test func documentedSubscribeResponseWithSuccessAndValue() throws {
        let response = try Wire.decodeLosslessly(Responses.SubscribeResponse.self, NavixySamples.subscribeResponse)
        #expect(response.type == "response")
        #expect(response.action == "subscription/subscribe")
        #expect(response.events == [.state])
        let expected: Responses.TrackerStatuses = ["15564": .normal, "15565": .blocked, "15568": .notFound]
        #expect(response.data == ["state": .subscriptionOutcome(.init(success: true, value: expected))])
    }

    @Test func realSubscribeResponseWithoutSuccess() throws {
        let response = try Wire.decodeLosslessly(Responses.SubscribeResponse.self, NavixySamples.wireSubscribeResponse)
        #expect(response.events == [.stateBatch, .readingsBatch])
        let statuses: Responses.TrackerStatuses = ["3435108": .normal, "3437670": .normal]
        #expect(response.data?["state_batch"] == .subscriptionOutcome(.init(success: nil, value: statuses)))
        #expect(response.data?["readings_batch"] == .subscriptionOutcome(.init(value: statuses)))
    }

    @Test func legacySubscribeResponseWithTheBareStatusMap() throws {
        let response = try Wire.decodeLosslessly(Responses.SubscribeResponse.self, NavixySamples.legacySubscribeResponse)
        #expect(response.events == [.state])
        #expect(response.data == ["state": .trackerStatuses(["15564": .normal, "15565": .blocked, "15568": .notFound])])
    }

    @Test func everyTrackerStatusAndAnUnknownOne() throws {
        let statuses = try Wire.decode(
            Responses.TrackerStatuses.self, #"{"1":"normal","2":"blocked","3":"unknown","4":"disallowed","5":"suspended"}"#
        )
        #expect(statuses == ["1": .normal, "2": .blocked, "3": .notFound, "4": .disallowed, "5": .unknown("suspended")])
        #expect(JSONEncoding.encodeToString(statuses["5"]) == #""suspended""#)
        #expect(JSONEncoding.encodeToString(statuses["3"]) == #""unknown""#)
    }

    @Test func legacyUnsubscribeResponseListsTrackerIds() throws {
        let response = try Wire.decodeLosslessly(Responses.UnsubscribeResponse.self, NavixySamples.legacyUnsubscribeResponse)
        #expect(response.action == "subscription/unsubscribe")
        #expect(response.events == [.state])
        #expect(response.data == .trackerIdList([15_568]))
    }

    @Test func unsubscribeResponseInTheRequestsForm() throws {
        let response = try Wire.decodeLosslessly(Responses.UnsubscribeResponse.self, NavixySamples.requestsUnsubscribeResponse)
        #expect(response.events == [.iotMonitor])
        #expect(response.data == .subscriptionResults(["iot_monitor": .subscriptionOutcome(.init(success: true, value: ["21080": .normal]))]))
    }

    @Test func responsesAreToldApartByAction() throws {
        let subscribe = try Wire.decode(Responses.Response.self, NavixySamples.wireSubscribeResponse)
        guard case .subscribeResponse(let answer) = subscribe else {
            Issue.record("expected a subscribe response, got \(subscribe)")
            return
        }
        #expect(answer.events == [.stateBatch, .readingsBatch])
        let unsubscribe = try Wire.decode(Responses.Response.self, NavixySamples.legacyUnsubscribeResponse)
        #expect(unsubscribe == .unsubscribeResponse(try Wire.decode(Responses.UnsubscribeResponse.self, NavixySamples.legacyUnsubscribeResponse)))
    }
}
