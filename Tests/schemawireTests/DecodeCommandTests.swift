import Testing

@Suite("schemawire decode (subprocess)")
struct DecodeCommandTests {
    static let navixyState = """
    {"type":"event","event":"state","user_time":"2025-10-08 18:00:01","data":{"source_id":10101,\
    "gps":{"updated":"2025-10-08 18:00:01","signal_level":100,"location":{"lat":25.846947,"lng":-97.795698},"heading":12,"speed":48,"alt":9},\
    "connection_status":"active","movement_status":"moving","last_update":"2025-10-08 18:00:01"}}
    """

    @Test func validNavixyStateExitsZeroWithTypedFields() async throws {
        let result = try await CLIProcess.run(["decode", "--api", "navixy", "-"], input: Self.navixyState)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Navixy.Events.StateEvent\n"))
        #expect(result.stdout.contains("  data: Navixy.State.SourceState\n"))
        #expect(result.stdout.contains("    sourceId: 10101\n"))
        #expect(result.stdout.contains("        lat: 25.846947\n"))
        #expect(result.stdout.contains("      speed: 48\n"))
        #expect(result.stdout.contains("    movementStatus: \"moving\"\n"))
    }

    @Test func jsonOutputIsTheGeneratedEncodersOutput() async throws {
        let result = try await CLIProcess.run(["decode", "--api", "navixy", "--json"], input: Self.navixyState)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(#"{"type":"event","event":"state","user_time":"2025-10-08 18:00:01","data":{"source_id":10101,"#))
    }

    @Test func wrongTypeExitsOneWithThePointer() async throws {
        let broken = Self.navixyState.replacingOccurrences(of: #""speed":48"#, with: #""speed":"fast""#)
        let result = try await CLIProcess.run(["decode", "--api", "navixy"], input: broken)
        #expect(result.status == 1)
        #expect(result.stderr.contains("pointer: /data/gps/speed\n"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func malformedJSONExitsOneWithAByteOffset() async throws {
        let result = try await CLIProcess.run(["decode", "--api", "eventshub"], input: #"{"event_type":"pdfm","#)
        #expect(result.status == 1)
        #expect(result.stderr.contains("malformed JSON"), "\(result.stderr)")
        #expect(result.stderr.contains("(byte "))
    }

    @Test func jsonLinesStopAtTheFirstBadLineNamingIt() async throws {
        let lines = """
        {"uid":"HVY67YXXUVKAWYDNJMHDV2EJWQS7VQXY"}
        {"topic":"finalizedBlock","data":{"finalizationEpoch":7,"finalizationPoint":2,"height":"1001","hash":"\(String(repeating: "AB", count: 32))"}}
        {"topic":"finalizedBlock","data":{"finalizationEpoch":7,"finalizationPoint":2,"height":"-1","hash":"00"}}
        """
        let result = try await CLIProcess.run(["decode", "--api", "symbol"], input: lines)
        #expect(result.status == 1)
        #expect(result.stdout.contains("Symbol.Session.Greeting\n  uid: \"HVY67YXXUVKAWYDNJMHDV2EJWQS7VQXY\""))
        #expect(result.stdout.contains("Symbol.Notifications.FinalizedBlockNotification"))
        #expect(result.stdout.contains("    height: 1001\n"), "\(result.stdout)")
        #expect(result.stderr.contains("line 3: "), "\(result.stderr)")
        #expect(result.stderr.contains("pointer: /data/height\n"), "\(result.stderr)")
    }

    @Test func eventsHubUnionShowsTheVariantType() async throws {
        let message = """
        {"id":"\(String(repeating: "a1", count: 32))","event_type":"pdfm","timestamp":"2025-12-11T13:21:01.514683Z",\
        "message":"VM_STATE_CHANGED","body":{"previous_state":"running","current_state":"stopped","vm_id":"vm-1"}}
        """
        let result = try await CLIProcess.run(["decode", "--api", "eventshub"], input: message)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("EventsHub.Events.MachineStateChanged\n"), "\(result.stdout)")
        #expect(result.stdout.contains("currentState: \"stopped\""))
    }
}
