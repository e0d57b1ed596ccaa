import Testing
import SchemaWire
import NavixyAPI

/// Client → server messages: the current `requests` form, the legacy `events` + `trackers` form and
/// the `iso_datetime` flag, read from the samples and written from typed values.
@Suite struct RequestMessageTests {
    typealias Requests = Navixy.Requests
    /// The hash of the research samples (the seeds' samples use ``seedSecret``).
    static let secret = "f4bf1b754034213653dad99c78c4b237"
    static let seedSecret = "f4bf1b75403d851653dad99c78c4b237"

    /// The JSON of `value` compared with a sample as JSON values (member order and spacing aside).
    static func expectEncoded<T: JSONEncodable>(_ value: T, equals sample: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try JSONValue(parsing: JSONEncoding.encode(value)) == JSONValue(parsing: sample), sourceLocation: sourceLocation)
    }

    @Test func stateBatchSubscriptionForAllTrackers() throws {
        let request = try Wire.decodeLosslessly(Requests.SubscribeRequest.self, NavixySamples.stateBatchSubscribeRequest)
        #expect(request.action == "subscribe")
        #expect(request.hash.secret == Self.secret)
        #expect(request.isoDatetime == nil)
        guard case .stateBatch(let batch) = try #require(request.requests.first), request.requests.count == 1 else {
            Issue.record("expected one state_batch entry, got \(request.requests)")
            return
        }
        #expect(batch.target == .all(Requests.AllTrackersTarget()))
        #expect(batch.rateLimit == "5s")
        #expect(batch.format == .compact)
        let typed = Requests.SubscribeRequest(
            hash: try SessionHash(Self.secret),
            requests: [.stateBatch(.init(target: .all(.init()), rateLimit: "5s", format: .compact))]
        )
        #expect(typed == request)
        try Self.expectEncoded(typed, equals: NavixySamples.stateBatchSubscribeRequest)
    }

    @Test func stateSubscriptionUsesTrackersNotTarget() throws {
        let request = try Wire.decodeLosslessly(Requests.SubscribeRequest.self, NavixySamples.stateSubscribeRequest)
        #expect(request.hash.secret == "4ce2b45d12a6c634154017511575369a")
        guard case .state(let state) = try #require(request.requests.first) else {
            Issue.record("expected a state entry, got \(request.requests)")
            return
        }
        #expect(state.trackers == [1_701_976, 1_701_975])
        #expect(state.format == .compact)
        try Self.expectEncoded(
            Requests.SubscribeRequest(hash: try SessionHash("4ce2b45d12a6c634154017511575369a"), requests: [.state(.init(trackers: [1_701_976, 1_701_975], format: .compact))]),
            equals: NavixySamples.stateSubscribeRequest
        )
    }

    @Test func readingsBatchSubscriptionWithSensorFilter() throws {
        let request = try Wire.decodeLosslessly(Requests.SubscribeRequest.self, NavixySamples.readingsBatchSubscribeRequest)
        guard case .readingsBatch(let readings) = try #require(request.requests.first) else {
            Issue.record("expected a readings_batch entry, got \(request.requests)")
            return
        }
        #expect(readings.target == .all(.init()))
        #expect(readings.rateLimit == "5s")
        #expect(readings.sensorType == .temperature)
        #expect(readings.includeComponents == false)
    }

    @Test func iotMonitorSubscriptionForSelectedTrackers() throws {
        let request = try Wire.decodeLosslessly(Requests.SubscribeRequest.self, NavixySamples.iotMonitorSubscribeRequest)
        #expect(request.hash.secret == "6c638c52cb40729d5e6181a48f868649")
        guard case .iotMonitor(let monitor) = try #require(request.requests.first) else {
            Issue.record("expected an iot_monitor entry, got \(request.requests)")
            return
        }
        #expect(monitor.target == .selected(.init(trackerIds: [21_080])))
        #expect(monitor.rateLimit == "5s")
    }

    @Test func isoDatetimeFlagAndSeveralEntriesInOneMessage() throws {
        let request = try Wire.decodeLosslessly(Requests.SubscribeRequest.self, NavixySamples.isoSubscribeRequest)
        #expect(request.isoDatetime == true)
        #expect(request.requests == [
            .stateBatch(.init(target: .selected(.init(trackerIds: [3_435_108, 3_437_670])), rateLimit: "1s", format: .full)),
            .readingsBatch(.init(target: .all(.init()), rateLimit: "3s")),
        ])
        try Self.expectEncoded(
            Requests.SubscribeRequest(hash: try SessionHash(Self.secret), requests: request.requests, isoDatetime: true),
            equals: NavixySamples.isoSubscribeRequest
        )
    }

    @Test func unsubscribeInTheRequestsForm() throws {
        let request = try Wire.decodeLosslessly(Requests.UnsubscribeRequest.self, NavixySamples.requestsUnsubscribeRequest)
        #expect(request.action == "unsubscribe")
        #expect(request.requests == [.iotMonitor(.init(target: .selected(.init(trackerIds: [21_080]))))])
    }

    @Test func legacySubscribeAndUnsubscribe() throws {
        let subscribe = try Wire.decodeLosslessly(Requests.LegacySubscribeRequest.self, NavixySamples.legacySubscribeRequest)
        #expect(subscribe.action == "subscribe")
        #expect(subscribe.hash.secret == Self.seedSecret)
        #expect(subscribe.events == [.state])
        #expect(subscribe.trackers == [15_564, 15_565, 15_568])
        let unsubscribe = try Wire.decodeLosslessly(Requests.LegacyUnsubscribeRequest.self, NavixySamples.legacyUnsubscribeRequest)
        #expect(unsubscribe.action == "unsubscribe")
        #expect(unsubscribe.events == [.state])
        #expect(unsubscribe.trackers == [15_568])
        try Self.expectEncoded(
            Requests.LegacyUnsubscribeRequest(hash: try SessionHash(Self.seedSecret), events: [.state], trackers: [15_568]),
            equals: NavixySamples.legacyUnsubscribeRequest
        )
    }

    @Test func printingARequestNeverShowsTheHash() throws {
        let request = try Wire.decode(Requests.SubscribeRequest.self, NavixySamples.stateBatchSubscribeRequest)
        for text in ["\(request)", String(reflecting: request)] {
            #expect(!text.contains(Self.secret), "leaked in \(text)")
        }
    }

    @Test func aMalformedHashIsRejectedWithoutEchoingIt() throws {
        let text = NavixySamples.legacySubscribeRequest.replacing(Self.seedSecret, with: "f4bf1b75403d851653dad99c78c4b23Z")
        let error = try #require(Wire.decodingError(Requests.LegacySubscribeRequest.self, text))
        #expect(error.pointer == "/hash")
        #expect(!error.description.contains("f4bf1b75403d8516"))
    }
}
