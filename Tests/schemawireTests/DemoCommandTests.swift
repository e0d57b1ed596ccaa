import Testing

@Suite("schemawire demo (subprocess)")
struct DemoCommandTests {
    @Test func shortDemoShowsAllThreeAPIsAReconnectAndASummary() async throws {
        let result = try await CLIProcess.run(["demo", "--duration", "2"], timeout: .seconds(40))
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        for type in ["StateEvent", "StateBatchEvent", "ReadingsBatchEvent", "IotMonitorEvent", "BlockNotification",
                     "TransactionNotification", "MachineStateChanged", "HostHealthUpdate"] {
            #expect(out.contains(type), "no \(type) in the feed")
        }
        #expect(out.contains("Symbol     simulator drops every connection"))
        #expect(out.contains("Symbol     ✓ reconnected; 5 channels resubscribed"))
        #expect(out.contains("received 5 subscribe requests, one per channel"))
        #expect(out.contains("\nSummary\n"))
        #expect(out.contains("reconnects: 1 (Symbol 1)"), "\(out)")
        #expect(out.contains("errors:     0"))
        // Every channel of the plan appears in the summary with a positive count.
        for channel in ["state", "state_batch", "readings_batch", "iot_monitor", "block", "finalizedBlock",
                        "confirmedAdded", "unconfirmedAdded", "status", "pdfm", "orchestrator", "stats"] {
            let row = out.split(separator: "\n").first { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first == Substring(channel) }
            let count = row.flatMap { $0.split(separator: " ").dropFirst(2).first }.flatMap { Int($0) } ?? 0
            #expect(count > 0, "summary row for \(channel): \(row ?? "missing")")
        }
    }
}
