import Testing
import EventsHubAPI

/// What the client sends over the socket, and the REST bodies of the unsubscribe call.
@Suite struct ClientMessageTests {
    typealias Samples = EventsHubSamples

    @Test func pingAndClientIDRequestsEncodeAsDocumented() throws {
        let ping = EventsHub.Requests.PingRequest(id: "hb-1")
        #expect(JSONEncoding.encodeToString(ping) == #"{"event_type":"health","id":"hb-1","message":"ping"}"#)
        #expect(try decodeRoundTrip(EventsHub.Requests.PingRequest.self, Samples.ping) == ping)
        let ask = EventsHub.Requests.ClientIDRequest()
        #expect(JSONEncoding.encodeToString(ask) == #"{"event_type":"system","message":"client-id"}"#)
        #expect(try decodeRoundTrip(EventsHub.Requests.ClientIDRequest.self, Samples.clientIDRequest) == ask)
        let generic = EventsHub.Requests.ClientMessage(eventType: .health, message: "ping")
        #expect(JSONEncoding.encodeToString(generic) == #"{"event_type":"health","message":"ping"}"#)
    }

    @Test func unsubscribeRequestBody() throws {
        let request = try decodeRoundTrip(EventsHub.REST.UnsubscribeRequest.self, Samples.unsubscribe)
        #expect(request.clientId == "338a28f7-666e-46e1-8e7d-4feba5edc061")
        #expect(request.eventTypes == [.pdfm, .health])
        #expect(request.userId == "admin")
        let minimal = EventsHub.REST.UnsubscribeRequest(clientId: "c1", eventTypes: [.orchestrator])
        #expect(JSONEncoding.encodeToString(minimal) == #"{"client_id":"c1","event_types":["orchestrator"]}"#)
    }

    @Test func errorBodies() throws {
        let error = try decodeRoundTrip(EventsHub.REST.ApiErrorResponse.self, Samples.apiError)
        #expect(error.code == 500)
        #expect(error.message == "internal server error")
        #expect(error.stack?.first?.error == "runtime error: index out of range")
        #expect(error.stack?.first?.path == "/api/v1/ws/unsubscribe")
        #expect(error.stack?.first?.description == "panic recovered")
        #expect(error.stack?.first?.code == 500)
        let partial = try decodeRoundTrip(EventsHub.REST.ApiErrorResponse.self, Samples.apiErrorPartial)
        #expect(partial.code == 200)
        #expect(partial.stack == nil)
        let unauthorized = try decodeRoundTrip(EventsHub.REST.OAuthErrorResponse.self, Samples.oauthError)
        #expect(unauthorized.error == "unauthorized")
        #expect(unauthorized.errorDescription == "User does not contain enough permissions")
        let diagnostics = try decodeRoundTrip(EventsHub.REST.ApiErrorDiagnosticsResponse.self, Samples.diagnosticsError)
        #expect(diagnostics.code == 400)
        #expect(diagnostics.diagnostics?["errors"]?[0]?["message"] == .string("client 42 does not exist"))
    }

    /// The docs page (seed 003) shows type sketches (`"code": "int"`, `"event_types": "[]string"`),
    /// not samples: each is refused with a typed error at the member whose type it names.
    @Test(.enabled(if: SharedMaterial.shouldRun, "../shared is not present"))
    func seedTypeSketchesAreRefusedAtTheSketchedMember() throws {
        let sketches = try SharedMaterial.jsonSamples("seeds/003_17b65fb579ee136a.txt")
        let errorSketch = try #require(sketches.first { $0.contains("\"stack\"") })
        let error = expectDecodingError(EventsHub.REST.ApiErrorResponse.self, errorSketch, at: "/code")
        guard case .typeMismatch(_, let found)? = error?.reason else {
            Issue.record("expected a type mismatch, got \(String(describing: error))")
            return
        }
        #expect(found == "string")
        let unsubscribeSketch = try #require(sketches.first { $0.contains("\"client_id\"") })
        expectDecodingError(EventsHub.REST.UnsubscribeRequest.self, unsubscribeSketch, at: "/event_types")
    }
}
