import Testing
import SymbolAPI

/// The greeting and the subscribe/unsubscribe requests of the Symbol session.
@Suite struct SessionMessageTests {
    static let uid = "MVJZIQ3PXIRZ6L5BU6ZPDZG6A5JNJ7WV"

    @Test func greetingAsTheServerWritesIt() throws {
        // The gateway's literal first frame has a space after the colon.
        let greeting = try decodeRoundTrip(Symbol.Session.Greeting.self, "{\"uid\": \"\(Self.uid)\"}")
        #expect(greeting.uid == Self.uid)
        #expect(try decodeRoundTrip(Symbol.Session.Greeting.self, SymbolSamples.greeting).uid == Self.uid)
    }

    @Test func requestsEncodeToTheDocumentedBodies() throws {
        let subscribe = Symbol.Session.SubscribeRequest(uid: Self.uid, subscribe: "confirmedAdded/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A")
        #expect(JSONEncoding.encodeToString(subscribe) == "{\"uid\":\"\(Self.uid)\",\"subscribe\":\"confirmedAdded/TAHNZXQBC57AA7KJTMGS3PJPZBXN7DV5JHJU42A\"}")
        #expect(try decodeRoundTrip(Symbol.Session.SubscribeRequest.self, SymbolSamples.subscribe) == subscribe)
        let unsubscribe = Symbol.Session.UnsubscribeRequest(uid: Self.uid, unsubscribe: "block")
        #expect(JSONEncoding.encodeToString(unsubscribe) == "{\"uid\":\"\(Self.uid)\",\"unsubscribe\":\"block\"}")
        #expect(try decodeRoundTrip(Symbol.Session.UnsubscribeRequest.self, SymbolSamples.unsubscribe) == unsubscribe)
    }

    @Test func missingUidIsATypedError() {
        let error = expectDecodingError(Symbol.Session.SubscribeRequest.self, #"{"subscribe": "block"}"#, at: "")
        #expect(error?.reason == .missingKey("uid"))
    }

    /// Every request body of the docs page (seed 004) decodes; their `{uid}` and `{address}` are
    /// the page's placeholders, kept as text.
    @Test(.enabled(if: SharedMaterial.shouldRun, "../shared is not present"))
    func seedRequestBodiesDecode() throws {
        let bodies = try SharedMaterial.jsonSamples("seeds/004_d26e6cbf735899d5.txt")
        let requests = try bodies.filter { $0.contains("\"subscribe\"") }.map {
            try decodeRoundTrip(Symbol.Session.SubscribeRequest.self, $0)
        }
        #expect(requests.count == 9)
        #expect(requests.allSatisfy { $0.uid == "{uid}" })
        #expect(requests.map { $0.subscribe.split(separator: "/").first.map(String.init) ?? "" } == [
            "block", "finalizedBlock", "confirmedAdded", "unconfirmedAdded", "unconfirmedRemoved",
            "partialAdded", "partialRemoved", "cosignature", "status",
        ])
    }
}
