import Foundation
import SchemaWire
import SchemaWireSimulator
import Testing

@Suite("schemawire listen against the simulators (subprocess)")
struct ListenCommandTests {
    static let hash = "0123456789abcdef0123456789abcdef"

    @Test func navixyJSONLinesAreTheTypedEventsAndCtrlCEndsGracefully() async throws {
        let simulator = try NavixySimulator(account: .init(hash: Self.hash), feed: .manual)
        defer { Task { await simulator.shutdown() } }
        let listen = try CLIProcess(
            ["listen", "navixy", "--url", simulator.baseURL.absoluteString, "--state", "101,102", "--json"],
            environment: ["SCHEMAWIRE_NAVIXY_HASH": Self.hash]
        )
        let subscribed = await simulator.waitForView { $0.subscribers["state"] == 1 }
        #expect(subscribed.subscribeRequests["state"] == 1)
        for _ in 0..<3 { await simulator.tick() }
        _ = await listen.waitForOutput(containing: "\"source_id\":10102,\"gps\":{\"updated\":\"2025-10-08 18:00:03\"")
        listen.interrupt()
        let result = try await listen.wait(timeout: .seconds(20))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 6, "\(result.stdout)")
        let sources = try lines.map { line in try JSONValue(parsing: Array(line.utf8))["data"]?["source_id"]?.numberValue?.int64Value }
        #expect(sources == [10101, 10102, 10101, 10102, 10101, 10102])
        #expect(result.stderr.contains("Summary"))
        #expect(!result.stdout.contains(Self.hash) && !result.stderr.contains(Self.hash), "the hash was printed")
        let after = await simulator.waitForView { $0.openConnections == 0 }
        #expect(after.openConnections == 0)
    }

    @Test func anUndecodableMessageIsShownAndTheStreamGoesOn() async throws {
        let simulator = try NavixySimulator(account: .init(hash: Self.hash), feed: .manual)
        defer { Task { await simulator.shutdown() } }
        let listen = try CLIProcess(["listen", "navixy", "--url", simulator.baseURL.absoluteString, "--hash", Self.hash, "--state", "101"])
        await simulator.waitForView { $0.subscribers["state"] == 1 }
        await simulator.sendRaw(#"{"type":"event","event":"state","data":{"source_id":"not a number"}}"#)
        await simulator.tick()
        let output = await listen.waitForOutput(containing: "StateEvent")
        listen.interrupt()
        let result = try await listen.wait(timeout: .seconds(20))
        #expect(result.status == 0)
        #expect(output.contains("undecodable message: Navixy.State.SourceState at /data/source_id"), "\(output)")
        #expect(output.contains("state             StateEvent                sourceId=10101"), "\(output)")
        #expect(result.stdout.contains("errors:     1"))
    }

    @Test func symbolBadAddressIsRefusedBeforeAnythingIsSent() async throws {
        let simulator = try SymbolSimulator(feed: .manual)
        defer { Task { await simulator.shutdown() } }
        let result = try await CLIProcess.run(
            ["listen", "symbol", "--url", simulator.url.absoluteString, "--channel", "block", "--channel", "confirmedAdded/TNOTANADDRESS"],
            timeout: .seconds(20)
        )
        #expect(result.status == 1)
        #expect(result.stderr.contains("invalid channel confirmedAdded/TNOTANADDRESS"), "\(result.stderr)")
        let view = await simulator.view()
        #expect(view.subscribeRequests["confirmedAdded/TNOTANADDRESS"] == nil)
    }

    @Test func eventsHubRefusedTokenEndsWithExitOneAndNoSecret() async throws {
        let simulator = try EventsHubSimulator(token: "right-token", apiKey: "right-key", feed: .manual)
        defer { Task { await simulator.shutdown() } }
        let result = try await CLIProcess.run(
            ["listen", "eventshub", "--url", simulator.baseURL.absoluteString, "--token", "wrong-token-value", "--types", "pdfm"],
            timeout: .seconds(20)
        )
        #expect(result.status == 1)
        #expect(result.stdout.contains("authentication failed (HTTP 401)"), "\(result.stdout)")
        #expect(!result.stdout.contains("wrong-token-value") && !result.stderr.contains("wrong-token-value"))
        #expect(await simulator.view().rejectedUpgrades == 1)
    }

    @Test func rawPrintsTheFramesAsReceived() async throws {
        let simulator = try EventsHubSimulator(token: "t0ken", apiKey: "k", feed: .manual)
        defer { Task { await simulator.shutdown() } }
        let listen = try CLIProcess(["listen", "eventshub", "--url", simulator.baseURL.absoluteString, "--api-key", "k", "--types", "orchestrator", "--raw"])
        await simulator.waitForView { $0.subscribers["orchestrator"] == 1 }
        await simulator.tick()
        _ = await listen.waitForOutput(containing: "HOST_HEALTH_UPDATE")
        listen.interrupt()
        let result = try await listen.wait(timeout: .seconds(20))
        #expect(result.status == 0)
        let frame = try #require(result.stdout.split(separator: "\n").first)
        #expect(frame.hasPrefix(#"{"id":""#) && frame.contains(#""event_type":"orchestrator""#) && frame.hasSuffix(#""state":"degraded"}}"#), "\(frame)")
    }
}
