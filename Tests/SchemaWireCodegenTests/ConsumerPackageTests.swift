import Foundation
import Testing

/// Builds `Tests/ConsumerPackage` — a separate package that depends on SchemaWire by path and
/// applies the SchemaWireGenerator build plugin to its own AsyncAPI document — then runs its
/// executable, which decodes sample messages with the types generated at build time.
///
/// The nested build keeps its own scratch folder in the temp directory and reuses it, so only
/// the first run (or a change) pays for compiling the runtime again.
@Suite struct ConsumerPackageTests {
    static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("schemawire-consumer-build").path

    @Test func consumerPackageGeneratesAndDecodesWithTheBuildPlugin() async throws {
        let package = PackageRoot.path("Tests/ConsumerPackage")
        let build = try await ChildProcess.run("/usr/bin/env", [
            "swift", "build", "--package-path", package, "--scratch-path", Self.scratch, "--product", "ConsumerCheck",
        ])
        try #require(build.status == 0, "swift build of Tests/ConsumerPackage failed:\n\(build.output)")
        #expect(!build.output.contains("warning:"), "the consumer build printed warnings:\n\(build.output)")
        let binPath = try await ChildProcess.run("/usr/bin/env", [
            "swift", "build", "--package-path", package, "--scratch-path", Self.scratch, "--show-bin-path",
        ])
        let executable = binPath.output.split(separator: "\n").last.map(String.init) ?? ""
        let run = try await ChildProcess.run(executable + "/ConsumerCheck", [])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines == [
            #"scanned id=9007199254740993 status=held weight=1.25 labels=["a=1", "b=2"]"#,
            #"scanned id=1 status=unknown("lost_in_space") weight=nil labels=[]"#,
            #"delivered by=R. Roe extra=["note"] reencoded={"kind":"delivered","signed_by":"R. Roe","note":{"door":3}}"#,
            #"unknown tag=teleported raw={"kind":"teleported","parcel_id":2}"#,
            #"error Demo.Parcels.Scanned at /: required member "parcel_id" is missing (byte 0)"#,
            "channel /parcels/p-7 server ws://127.0.0.1:8080/feed",
        ])
    }
}
