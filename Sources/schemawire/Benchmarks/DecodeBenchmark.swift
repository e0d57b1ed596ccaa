import Foundation
import NavixyAPI

/// `bench decode`: the 10,000-state Navixy `state_batch` decoded by the generated decoder and by
/// Foundation's `JSONDecoder` on equivalent hand-written `Codable` structs, side by side; then the
/// stream benchmark's ≈1 KB `state` event decoded one message at a time, as a live feed does.
enum DecodeBenchmark {
    static func run() async throws -> BenchmarkReport {
        let document = NavixyStateBatchFixture.document()
        let data = Data(document)
        let megabytes = Double(document.count) / 1_000_000
        let decoder = JSONDecoder()

        // Both decoders must agree on what they read before their speed means anything.
        let ours = try JSONDecoding.decode(Navixy.Events.StateBatchEvent.self, from: document)
        let peer = try decoder.decode(CodableStateBatch.self, from: data)
        guard ours.data.count == peer.data.count, peer.data.count == 10_000 else {
            throw BenchmarkFailure(description: "the decoders disagree: \(ours.data.count) vs \(peer.data.count) states")
        }

        var oursBest = Duration.seconds(1_000)
        var peerBest = Duration.seconds(1_000)
        var checksum = 0
        for _ in 0..<5 {
            let start = ContinuousClock.now
            let batch = try document.withUnsafeBytes { bytes in
                try JSONDecoding.decode(Navixy.Events.StateBatchEvent.self, from: bytes)
            }
            oursBest = min(oursBest, ContinuousClock.now - start)
            checksum &+= batch.data.count
            let peerStart = ContinuousClock.now
            let peerBatch = try decoder.decode(CodableStateBatch.self, from: data)
            peerBest = min(peerBest, ContinuousClock.now - peerStart)
            checksum &+= peerBatch.data.count
        }
        let oursRate = megabytes / seconds(oursBest)
        let peerRate = megabytes / seconds(peerBest)
        let single = try singleEvents()
        return BenchmarkReport(
            name: "decode",
            peerName: "Foundation JSONDecoder (hand-written Codable structs)",
            rows: [
                .init(case_: "state_batch, 10,000 full states", unit: "MB/s", ours: oursRate, peer: peerRate, targetRatio: 10),
                .init(case_: "one \(single.size)-byte state event per message", unit: "events/s", ours: single.ours, peer: single.peer),
            ],
            notes: [
                "payload \(String(format: "%.2f", megabytes)) MB; best of 5 runs each, interleaved (checksum \(checksum))",
                "generated: \(String(format: "%.1f", seconds(oursBest) * 1000)) ms, JSONDecoder: \(String(format: "%.1f", seconds(peerBest) * 1000)) ms",
            ]
        )
    }

    /// Events per second for the stream benchmark's `state` event, each decoded from its own buffer;
    /// best of 5 rounds of `singleEventCount` each.
    private static func singleEvents() throws -> (size: Int, ours: Double, peer: Double) {
        let message = Array(StreamBenchServer.event(stamp: 1_234_567_890).utf8)
        let data = Data(message)
        let decoder = JSONDecoder()
        guard try JSONDecoding.decode(Navixy.Events.StateEvent.self, from: message).data.sourceId
            == decoder.decode(CodableStateEvent.self, from: data).data.sourceId
        else { throw BenchmarkFailure(description: "the decoders disagree on the state event") }
        var oursBest = Duration.seconds(1_000)
        var peerBest = Duration.seconds(1_000)
        var checksum = 0
        for _ in 0..<5 {
            let start = ContinuousClock.now
            for _ in 0..<singleEventCount {
                checksum &+= try JSONDecoding.decode(Navixy.Events.StateEvent.self, from: message).data.sourceId
            }
            oursBest = min(oursBest, ContinuousClock.now - start)
            let peerStart = ContinuousClock.now
            for _ in 0..<singleEventCount / 10 {
                checksum &+= try decoder.decode(CodableStateEvent.self, from: data).data.sourceId
            }
            peerBest = min(peerBest, (ContinuousClock.now - peerStart) * 10)
        }
        precondition(checksum != 0)
        return (message.count, Double(singleEventCount) / seconds(oursBest), Double(singleEventCount) / seconds(peerBest))
    }

    /// Messages per round of the single-event case (the peer decodes a tenth of them).
    static let singleEventCount = 50_000

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// A benchmark that could not produce a fair measurement.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
}
