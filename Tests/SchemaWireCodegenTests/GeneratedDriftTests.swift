import Foundation
import Testing
import SchemaWireCodegen

/// `generated/` is the committed output of the generator for every API module; it must match what
/// the generator makes from `schema/` now.
@Suite struct GeneratedDriftTests {
    static let refreshCommand = "swift package --allow-writing-to-package-directory regenerate-schemawire"

    static let modules = ["NavixyAPI", "SymbolAPI", "EventsHubAPI"]

    @Test(arguments: modules)
    func generatedFolderMatchesTheSchema(_ module: String) throws {
        let configPath = PackageRoot.path("Sources/\(module)/schemawire-config.json")
        let configuration = try CodegenConfiguration.load(from: configPath)
        let expected = try CodeGenerator.generate(configuration).files
        let folder = PackageRoot.path("generated/\(module)")
        let present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        var drifted: [String] = []
        for (name, contents) in expected.sorted(by: { $0.key < $1.key }) {
            let onDisk = FileManager.default.contents(atPath: folder + "/" + name).map { String(decoding: $0, as: UTF8.self) }
            if onDisk != contents { drifted.append(onDisk == nil ? "\(name) (missing)" : name) }
        }
        drifted += present.subtracting(expected.keys).sorted().map { "\($0) (no longer generated)" }
        #expect(drifted.isEmpty, "generated/\(module)/ is out of date with schema/ (\(drifted.joined(separator: ", "))); refresh it with: \(Self.refreshCommand)")
    }
}
