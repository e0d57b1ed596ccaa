import NavixyAPI
import SchemaWire
import SchemaWireSocket

/// `schemawire bench stream`: end to end over loopback — a server pushes ≈1 KB Navixy `state`
/// events, the typed client decodes each into `Navixy.Events.StateEvent` and a consumer counts them;
/// beside it, in the same run, a Python `websockets` client `json.loads` the same stream.
///
/// Two measurements per client: events/s on an unpaced stream (first to last event at the consumer,
/// after an equal unmeasured warm-up stream for each), and send-to-consumer latency percentiles on a
/// stream paced at 10,000 events/s, read from the send time the server writes into each event's
/// `source_id`.
enum StreamBenchmark {
    /// Events in each unpaced run, and how many measured runs each client gets.
    static let floodCount = 100_000, floodRounds = 3
    /// Rate and length of the paced run.
    static let pacedRate = 10_000, pacedSeconds = 2.0

    /// The typed channel the consumer follows: `state` of tracker 1, decoded by the generated decoder.
    struct StateChannel: ChannelDescriptor {
        typealias Message = Navixy.Events.StateEvent
        var spec: ChannelSpec { ChannelSpec(address: "state", request: .object(["type": .string("state"), "trackers": .array([.number(JSONNumber(1))])])) }
        /// The whole message through the generated decoder.
        func decodeEvents(_ message: TransportMessage) throws(JSONDecodingError) -> [Navixy.Events.StateEvent] {
            [try WireProbe.decode(Navixy.Events.StateEvent.self, from: message)]
        }
    }

    /// Runs both measurements for both clients.
    static func run() async throws -> BenchmarkReport {
        let server = try StreamBenchServer()
        defer { Task { await server.shutdown() } }
        let eventSize = StreamBenchServer.event(stamp: MonotonicClock.nanoseconds()).utf8.count
        let pacedCount = Int(Double(pacedRate) * pacedSeconds)

        // Each client first consumes one whole unmeasured flood on a connection of its own, so both
        // are measured in a steady state (heap grown, code paths warm), not on first touch. Then the
        // two take turns, `floodRounds` floods each, and the best of each counts (as in `bench decode`):
        // on a shared two-core machine a single flood can swing by a third either way.
        server.setPlan(.flood(count: floodCount))
        _ = try await consume(server, count: floodCount, latency: false)
        var oursRates: [Double] = []
        var peerRates: [Double] = []
        var received: [Int] = []
        var dropped = 0
        for _ in 0..<floodRounds {
            let ours = try await consume(server, count: floodCount, latency: false)
            oursRates.append(Double(ours.count) / ours.seconds)
            received.append(ours.count)
            dropped += ours.dropped
            let peer = try await StreamBenchPeer.run(url: server.socketURL, count: floodCount, warmUp: floodCount, latency: false)
            peerRates.append(Double(peer.count) / peer.seconds)
        }

        server.setPlan(.paced(perSecond: pacedRate, seconds: pacedSeconds))
        let oursPaced = try await consume(server, count: pacedCount, latency: true)
        server.setPlan(.paced(perSecond: pacedRate, seconds: pacedSeconds))
        let peerPaced = try await StreamBenchPeer.run(url: server.socketURL, count: pacedCount, warmUp: 0, latency: true)

        let oursLatency = LatencySummary(oursPaced.latencies)
        let peerLatency = LatencySummary(peerPaced.latencies)
        func ms(_ value: Double) -> String { String((value * 1000).rounded() / 1000) }
        let p99Met = oursLatency.p99 < 5 ? "met" : "MISSED"
        return BenchmarkReport(
            name: "stream",
            peerName: "Python websockets + json.loads",
            rows: [
                .init(case_: "Navixy state events, unpaced", unit: "events/s", ours: oursRates.max() ?? 0,
                      peer: peerRates.max() ?? 0, targetRatio: 5),
            ],
            notes: [
                "event size \(eventSize) bytes; unpaced: best of \(floodRounds) floods of \(floodCount) events each, taking turns"
                    + " (SchemaWire \(spread(oursRates)), Python \(spread(peerRates)) events/s); paced: \(pacedCount) events at \(pacedRate)/s",
                "latency server send → consumer at \(pacedRate) events/s: SchemaWire p50 \(ms(oursLatency.p50)) ms, p99 \(ms(oursLatency.p99)) ms;"
                    + " Python p50 \(ms(peerLatency.p50)) ms, p99 \(ms(peerLatency.p99)) ms (target p99 < 5 ms: \(p99Met))",
                "received: SchemaWire \(received.map(String.init).joined(separator: ", ")) of \(floodCount) per flood"
                    + " and \(oursPaced.count)/\(pacedCount) paced, dropped \(dropped + oursPaced.dropped)",
            ]
        )
    }

    /// The lowest and highest rate, e.g. `131k-215k`.
    private static func spread(_ rates: [Double]) -> String {
        func thousands(_ rate: Double) -> String { "\(Int((rate / 1000).rounded()))k" }
        return "\(thousands(rates.min() ?? 0))-\(thousands(rates.max() ?? 0))"
    }

    /// What the typed consumer saw.
    struct Consumed: Sendable {
        var count: Int
        var seconds: Double
        var latencies: [Int]
        var dropped: Int
    }

    /// Connects the typed Navixy client, subscribes to `state`, and consumes `count` events.
    private static func consume(_ server: StreamBenchServer, count: Int, latency: Bool) async throws -> Consumed {
        var configuration = ClientConfiguration(reconnect: .never, buffer: .dropNewest(capacity: 1 << 20))
        configuration.pingInterval = nil
        let client = ChannelClient(
            adapter: NavixyProtocol(baseURL: server.baseURL, hash: String(repeating: "0", count: 32)),
            transport: SocketClientTransport(), configuration: configuration
        )
        try await client.connect()
        let subscription = try await client.subscribe(StateChannel())
        var latencies: [Int] = []
        latencies.reserveCapacity(latency ? count : 0)
        var received = 0
        var first = 0
        var last = 0
        var checksum = 0
        for try await event in subscription {
            let now = MonotonicClock.nanoseconds()
            if received == 0 { first = now }
            received += 1
            checksum &+= event.data.gps?.speed ?? 0
            if latency { latencies.append(now - event.data.sourceId) }
            if received == count {
                last = now
                break
            }
        }
        let dropped = subscription.droppedCount
        await client.close()
        precondition(checksum >= 0)
        return Consumed(count: received, seconds: Double(max(1, last - first)) / 1e9, latencies: latencies, dropped: dropped)
    }
}
