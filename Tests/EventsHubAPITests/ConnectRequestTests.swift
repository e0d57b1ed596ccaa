import Testing
import EventsHubAPI

/// What goes into the upgrade request: the credential header (never printed) and `event_types`.
@Suite struct ConnectRequestTests {
    static let token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl"

    @Test func bearerTokenAndAPIKeyHeaders() throws {
        let bearer = try EventsHubCredential.bearerToken(Self.token)
        #expect(bearer.headerName == "Authorization")
        #expect(bearer.headerValue == "Bearer " + Self.token)
        let key = try EventsHubCredential.apiKey("k-123")
        #expect(key.headerName == "X-Api-Key")
        #expect(key.headerValue == "k-123")
    }

    @Test func secretsNeverPrint() throws {
        let bearer = try EventsHubCredential.bearerToken(Self.token)
        var dumped = ""
        dump(bearer, to: &dumped)
        for text in [bearer.description, bearer.debugDescription, "\(bearer)", String(reflecting: bearer), dumped] {
            #expect(!text.contains("eyJ"), "\(text)")
        }
        #expect(bearer.description == "EventsHubCredential(Authorization: <redacted>)")
    }

    @Test func unsendableSecretsAreRefusedWithoutEchoingThem() {
        #expect(throws: EventsHubCredentialError.empty) { try EventsHubCredential.apiKey(" ") }
        #expect(throws: EventsHubCredentialError.invalidCharacter(offset: 3)) { try EventsHubCredential.apiKey("abc\r\nX-Evil: 1") }
        #expect(throws: EventsHubCredentialError.invalidCharacter(offset: 1)) { try EventsHubCredential.bearerToken("tö") }
        #expect(!EventsHubCredentialError.invalidCharacter(offset: 3).description.contains("abc"))
    }

    @Test func eventTypesQueryValue() {
        #expect([EventsHub.Events.EventType.pdfm, .health, .pdfm, .jobManager].eventTypesQueryValue == "pdfm,health,job_manager")
        #expect(EventsHub.Events.EventType.parseQueryValue(" PDFM, health,,billing ") == [.pdfm, .health, .unknown("billing")])
    }
}
