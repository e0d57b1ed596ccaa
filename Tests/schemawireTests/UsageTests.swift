import Testing

@Suite("schemawire command line (subprocess)")
struct UsageTests {
    @Test func wrongFlagPrintsTheUsageAndExitsTwo() async throws {
        let result = try await CLIProcess.run(["decode", "--api", "navixy", "--colour"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: unknown option '--colour'"))
        #expect(result.stderr.contains("USAGE: schemawire decode"))
    }

    @Test func unknownCommandListsTheCommandsAndExitsTwo() async throws {
        let result = try await CLIProcess.run(["listne"])
        #expect(result.status == 2)
        for command in ["demo", "listen", "decode", "validate", "simulate", "bench"] {
            #expect(result.stderr.contains("  \(command) "), "\(command) missing from \(result.stderr)")
        }
    }

    @Test func everyCommandHasHelp() async throws {
        for command in ["demo", "listen", "decode", "validate", "simulate", "bench"] {
            let result = try await CLIProcess.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("USAGE: schemawire \(command)"))
        }
    }

    @Test func listenWithoutCredentialsIsAUsageError() async throws {
        let result = try await CLIProcess.run(["listen", "eventshub", "--url", "http://127.0.0.1:9", "--types", "pdfm"],
                                              environment: ["SCHEMAWIRE_EVENTSHUB_TOKEN": "", "SCHEMAWIRE_EVENTSHUB_API_KEY": ""])
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs '--token' or '--api-key'"))
    }
}
