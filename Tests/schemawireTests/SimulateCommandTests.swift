import Foundation
import Testing

@Suite("schemawire simulate (subprocess)")
struct SimulateCommandTests {
    @Test func servesAListenerAndStopsOnCtrlC() async throws {
        let simulate = try CLIProcess(["simulate", "--api", "eventshub", "--port", "0", "--rate", "50", "--token", "sim-secret"])
        let banner = await simulate.waitForOutput(containing: "press Ctrl-C")
        let base = try #require(banner.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") }, "\(banner)")
        let listen = try await CLIProcess.run(
            ["listen", "eventshub", "--url", String(base), "--token", "sim-secret", "--types", "pdfm", "--json", "--duration", "1"],
            timeout: .seconds(20)
        )
        #expect(listen.status == 0, "\(listen.stderr)")
        let events = listen.stdout.split(separator: "\n")
        #expect(events.count >= 5, "\(listen.stdout)")
        #expect(events.allSatisfy { $0.contains(#""event_type":"pdfm","#) && $0.contains(#""message":"VM_STATE_CHANGED""#) })
        simulate.interrupt()
        let result = try await simulate.wait(timeout: .seconds(20))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("stopped: 1 connections accepted, 0 refused"), "\(result.stdout)")
    }

    @Test func aPortOutOfRangeIsAUsageError() async throws {
        let result = try await CLIProcess.run(["simulate", "--api", "symbol", "--port", "70000"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'--port' must be between 0 and 65535"))
    }
}
