import Foundation
import Testing

@Suite("schemawire validate (subprocess)")
struct ValidateCommandTests {
    /// The package's own Navixy schema folder, found from this file.
    static let navixySchemas = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schema/navixy").path

    @Test func aValidStateEventExitsZero() async throws {
        let result = try await CLIProcess.run(
            ["validate", "--schema", Self.navixySchemas, "--ref", "events.schema.json#/$defs/StateEvent", "-"],
            input: DecodeCommandTests.navixyState
        )
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("<stdin>: valid"))
    }

    @Test func anInvalidStateEventExitsOneWithItsLocation() async throws {
        let broken = DecodeCommandTests.navixyState.replacingOccurrences(of: #""speed":48"#, with: #""speed":"fast""#)
        let result = try await CLIProcess.run(
            ["validate", "--schema", Self.navixySchemas, "--ref", "events.schema.json#/$defs/StateEvent", "-"],
            input: broken
        )
        #expect(result.status == 1)
        #expect(result.stdout.contains("<stdin>: invalid"), "\(result.stdout)")
        #expect(result.stdout.contains("/data/gps/speed"), "\(result.stdout)")
    }
}
