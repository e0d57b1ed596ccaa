import Foundation
import SchemaWire
import SchemaWireSimulator
import XCTest

/// `schemawire listen` against in-process simulators, as a subprocess.
///
/// These are XCTest cases on purpose: `swift test` runs the XCTest cases on their own, one after
/// another, before the Swift Testing suites, so the simulators here never compete for the two cores
/// with the nested package build, the Python peers and hundreds of parallel tests — a listener's
/// 10-second connect timeout then measures the simulator, not the machine's load.
final class ListenCommandTests: XCTestCase {
    static let hash = "0123456789abcdef0123456789abcdef"

    func test_navixyJSONLinesAreTheTypedEventsAndCtrlCEndsGracefully() async throws {
        let simulator = try NavixySimulator(account: .init(hash: Self.hash), feed: .manual)
        defer { Task { await simulator.shutdown() } }
        let listen = try CLIProcess(
            ["listen", "navixy", "--url", simulator.baseURL.absoluteString, "--state", "101,102", "--json"],
            environment: ["SCHEMAWIRE_NAVIXY_HASH": Self.hash]
        )
        let subscribed = await simulator.waitForView { $0.subscribers["state"] == 1 }
        XCTAssertEqual(subscribed.subscribeRequests["state"], 1)
        for _ in 0..<3 { await simulator.tick() }
        _ = await listen.waitForOutput(containing: "\"source_id\":10102,\"gps\":{\"updated\":\"2025-10-08 18:00:03\"")
        listen.interrupt()
        let result = try await listen.wait(timeout: .seconds(20))
        XCTAssertEqual(result.status, 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 6, "\(result.stdout)")
        let sources = try lines.map { line in try JSONValue(parsing: Array(line.utf8))["data"]?["source_id"]?.numberValue?.int64Value }
        XCTAssert(sources == [10101, 10102, 10101, 10102, 10101, 10102])
        XCTAssert(result.stderr.contains("Summary"))
        XCTAssert(!result.stdout.contains(Self.hash) && !result.stderr.contains(Self.hash), "the hash was printed")
        let after = await simulator.waitForView { $0.openConnections == 0 }
        XCTAssertEqual(after.openConnections, 0)
    }

    func test_anUndecodableMessageIsShownAndTheStreamGoesOn() async throws {
        let simulator = try NavixySimulator(account: .init(hash: Self.hash), feed: .manual)
        defer { Task { await simulator.shutdown() } }
        let listen = try CLIProcess(["listen", "navixy", "--url", simulator.baseURL.absoluteString, "--hash", Self.hash, "--state", "101"])
        await simulator.waitForView { $0.subscribers["state"] == 1 }
        await simulator.sendRaw(#"{"type":"event","event":"state","data":{"source_id":"not a number"}}"#)
        await simulator.tick()
        let output = await listen.waitForOutput(containing: "StateEvent")
        listen.interrupt()
        let result = try await listen.wait(timeout: .seconds(20))
        XCTAssertEqual(result.status, 0)
        XCTAssert(output.contains("undecodable message: Navixy.State.SourceState at /data/source_id"), "\(output)")
        XCTAssert(output.contains("state             StateEvent                sourceId=10101"), "\(output)")
        XCTAssert(result.stdout.contains("errors:     1"))
    }

    func test_symbolBadAddressIsRefusedBeforeAnythingIsSent() async throws {
        let simulator = try SymbolSimulator(feed: .manual)
        defer { Task { await simulator.shutdown() } }
        let result = try await CLIProcess.run(
            ["listen", "symbol", "--url", simulator.url.absoluteString, "--channel", "block", "--channel", "confirmedAdded/TNOTANADDRESS"],
            timeout: .seconds(20)
        )
        XCTAssertEqual(result.status, 1)
        XCTAssert(result.stderr.contains("invalid channel confirmedAdded/TNOTANADDRESS"), "\(result.stderr)")
        let view = await simulator.view()
        XCTAssertEqual(view.subscribeRequests["confirmedAdded/TNOTANADDRESS"], nil)
    }

    func test_eventsHubRefusedTokenEndsWithExitOneAndNoSecret() async throws {
        let simulator = try EventsHubSimulator(token: "right-token", apiKey: "right-key", feed: .manual)
        defer { Task { await simulator.shutdown() } }
        let result = try await CLIProcess.run(
            ["listen", "eventshub", "--url", simulator.baseURL.absoluteString, "--token", "wrong-token-value", "--types", "pdfm"],
            timeout: .seconds(20)
        )
        XCTAssertEqual(result.status, 1)
        XCTAssert(result.stdout.contains("authentication failed (HTTP 401)"), "\(result.stdout)")
        XCTAssert(!result.stdout.contains("wrong-token-value") && !result.stderr.contains("wrong-token-value"))
        let rejected = await simulator.view().rejectedUpgrades
        XCTAssertEqual(rejected, 1)
    }

    func test_rawPrintsTheFramesAsReceived() async throws {
        let simulator = try EventsHubSimulator(token: "t0ken", apiKey: "k", feed: .manual)
        defer { Task { await simulator.shutdown() } }
        let listen = try CLIProcess(["listen", "eventshub", "--url", simulator.baseURL.absoluteString, "--api-key", "k", "--types", "orchestrator", "--raw"])
        await simulator.waitForView { $0.subscribers["orchestrator"] == 1 }
        await simulator.tick()
        _ = await listen.waitForOutput(containing: "HOST_HEALTH_UPDATE")
        listen.interrupt()
        let result = try await listen.wait(timeout: .seconds(20))
        XCTAssertEqual(result.status, 0)
        let frame = try XCTUnwrap(result.stdout.split(separator: "\n").first)
        XCTAssert(frame.hasPrefix(#"{"id":""#) && frame.contains(#""event_type":"orchestrator""#) && frame.hasSuffix(#""state":"degraded"}}"#), "\(frame)")
    }
}
